#!/usr/bin/env python3
"""Reads the criterion estimates of bench/ (benches/floors.rs) and prints each of our steps beside
its floors and what peer tools do, as ratios measured in the same run; writes
target/bench/floors.json. Usage: scripts/bench-floors.py CRITERION_DIR OUT_JSON"""
import json
import pathlib
import sys

criterion, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])


def median_ns(group, name):
    path = criterion / group / name / "new" / "estimates.json"
    return json.loads(path.read_text())["median"]["point_estimate"]


t = {
    name: median_ns(group, name)
    for group, names in {
        "ours": ["sign x25519", "open x25519", "sign xwing", "open xwing"],
        "floor": ["x25519 dh", "x25519 public key", "ml-kem-768 encapsulate", "ml-kem-768 decapsulate"],
        "peer": ["libsodium sealed box seal", "libsodium sealed box open", "age encrypt", "age decrypt"],
        "candidate": ["libsodium x25519", "openssl x25519"],
    }.items()
    for name in names
}
# What a seal or an open cannot avoid: X25519 seal = an ephemeral key (one base-point
# multiplication) + one DH; open = one DH. X-Wing adds ML-KEM-768 encapsulation/decapsulation.
floors = {
    "sign x25519": t["x25519 public key"] + t["x25519 dh"],
    "open x25519": t["x25519 dh"],
    "sign xwing": t["x25519 public key"] + t["x25519 dh"] + t["ml-kem-768 encapsulate"],
    "open xwing": t["x25519 dh"] + t["ml-kem-768 decapsulate"],
}
peers = {
    "sign x25519": ("libsodium sealed box seal", "age encrypt"),
    "open x25519": ("libsodium sealed box open", "age decrypt"),
    "sign xwing": ("libsodium sealed box seal", "age encrypt"),
    "open xwing": ("libsodium sealed box open", "age decrypt"),
}
rows = []
print(f"{'step':<14}{'ours µs':>10}{'floor µs':>10}{'÷ floor':>9}{'÷ 1 X25519':>12}{'÷ libsodium':>13}{'÷ age':>8}")
for step, floor in floors.items():
    ours = t[step]
    sodium, age = peers[step]
    row = {
        "step": step,
        "ours_us": round(ours / 1000, 2),
        "floor_us": round(floor / 1000, 2),
        "ratio_to_floor": round(ours / floor, 2),
        "ratio_to_one_x25519": round(ours / t["x25519 dh"], 2),
        "ratio_to_libsodium": round(ours / t[sodium], 2),
        "ratio_to_age": round(ours / t[age], 2),
    }
    rows.append(row)
    print(f"{step:<14}{row['ours_us']:>10}{row['floor_us']:>10}{row['ratio_to_floor']:>9}"
          f"{row['ratio_to_one_x25519']:>12}{row['ratio_to_libsodium']:>13}{row['ratio_to_age']:>8}")
print("primitives (µs): " + ", ".join(f"{k} {v / 1000:.2f}" for k, v in t.items() if k not in floors))
candidates = {
    name: round(t[name] / t["x25519 dh"], 2) for name in ["libsodium x25519", "openssl x25519"]
}
print("X25519 candidates, ÷ x25519-dalek (the one hpke and the opening KEM use): "
      + ", ".join(f"{k} {v}" for k, v in candidates.items()))
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps({"steps": rows, "medians_ns": t, "x25519_candidates": candidates}, indent=2))
print(f"written: {out}")
