#!/usr/bin/env python3
"""The table of scripts/bench: every figure found under target/bench/ beside its floor or
baseline, the ratio, and where each target of docs/performance.md stands. Parts that were not run
are left out. Writes target/bench/summary.json. Usage: scripts/bench-summary.py DIR"""
import json
import pathlib
import sys

d = pathlib.Path(sys.argv[1])
rows = []


def load(name):
    path = d / name
    return json.loads(path.read_text()) if path.exists() else None


def add(figure, value, unit, baseline=None, baseline_name="", target=None, lower_is_better=True):
    ratio = round(value / baseline, 2) if baseline else None
    status = ""
    if target is not None:
        met = value <= target if lower_is_better else value >= target
        status = f"{'met' if met else 'NOT met'} (target {target:.4g} {unit})"
    rows.append({"figure": figure, "value": round(value, 2), "unit": unit,
                 "beside": baseline_name, "beside_value": baseline and round(baseline, 2),
                 "ratio": ratio, "target": status})


org = d / "organiser.jsonl"
if org.exists():
    lines = [json.loads(line) for line in org.read_text().splitlines()]
    steps = {}
    # The floor is timed between every two steps: a step is set beside the mean of the floors
    # just before and just after it.
    for i, r in enumerate(lines):
        if r["step"] == "x25519 floor":
            continue
        near = [lines[j]["us"] for j in (i - 1, i + 1)
                if 0 <= j < len(lines) and lines[j]["step"] == "x25519 floor"]
        r["floor_us"] = sum(near) / len(near) if near else None
        steps[r["step"]] = r
    for step in ["ocs verify", "ocs export (xml)", "ocs export (csv)", "ocs stats --key"]:
        r = steps.get(step)
        if not r:
            continue
        floor = r["floor_us"]
        add(f"{step}: CPU per row ({r['rows']:,} rows)", r["cpu_us_per_row"], "µs", floor,
            "one X25519", target=1.3 * floor if floor and step.startswith("ocs export") else None)
        if step == "ocs export (xml)":
            per_million = r["wall_s"] * 1_000_000 / r["rows"]
            add(f"{step}: wall time, scaled to 1,000,000 rows", per_million, "s", target=60)
            add(f"{step}: peak memory", r["peak_mib"], "MiB")

floors = load("floors.json")
if floors:
    for s in floors["steps"]:
        add(f"{s['step']} (criterion)", s["ours_us"], "µs", s["floor_us"], "its floor")
    for name, ratio in floors.get("x25519_candidates", {}).items():
        add(f"X25519 candidate {name}, ÷ x25519-dalek", ratio, "×")

cpu = load("worker-cpu.json")
if cpu:
    targets = {"signature, X25519": 2, "signature, X-Wing": 4, "form page (DE, en)": 1,
               "progress page (en)": 1, "landing page (en)": 1}
    for r in cpu["requests"]:
        add(f"{r['request']}: handler CPU in V8 (profiled)", r["profiled_handler_ms"], "ms",
            target=targets.get(r["request"]))
        add(f"{r['request']}: runtime process CPU above /healthz", r["ours_ms"], "ms",
            r["runtime_floor_ms"], "/healthz")

load_run = load("worker-load.json")
if load_run:
    sign, base = load_run["runs"]
    add(f"signing under load ({sign['connections']} connections)", sign["per_second"], "/s",
        base["per_second"], "baseline DO write", lower_is_better=False)
    add("signing p50 / p99 latency", sign["p50_ms"], "ms", sign["p99_ms"], "p99")

startup = load("worker-startup.json")
if startup:
    add("worker startup (module evaluation)", startup["startup_ms"], "ms", target=10)

bundle = load("bundle.json")
if bundle:
    # #32 set 450 KiB for the worker with wallet signatures (the first bundle round: 400).
    add("worker bundle, gzip", bundle["gzip_kib"], "KiB", target=450)

log = load("transparency-throughput.json")
if log:
    add("signing throughput with the log", log["with_log_per_s"], "/s", log["without_log_per_s"],
        "without the log", target=None, lower_is_better=False)

width = max((len(r["figure"]) for r in rows), default=10)
print(f"\n{'figure':<{width}} {'value':>10}  {'beside':<22} {'ratio':>6}  target")
for r in rows:
    beside = f"{r['beside']} {r['beside_value']}" if r["beside"] else ""
    ratio = f"{r['ratio']}" if r["ratio"] is not None else ""
    print(f"{r['figure']:<{width}} {r['value']:>8} {r['unit']:<3} {beside:<22} {ratio:>6}  {r['target']}")
(d / "summary.json").write_text(json.dumps(rows, indent=1))
print(f"written: {d / 'summary.json'}")
