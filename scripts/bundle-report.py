#!/usr/bin/env python3
"""What each crate costs in the worker's WebAssembly, compressed.

Reads a wasm file built with its name section (scripts/bench --bundle builds one), groups every
function body by the crate its name starts with and every data segment by what it holds, and
prints each group's raw size and its size alone under gzip -9 (a group's gzip alone slightly
overstates its share of the whole bundle's gzip, which compresses across groups; the total line
gives both). Writes the same as JSON when a second argument is given.

Usage: scripts/bundle-report.py WASM [OUT.json]
"""
import json
import re
import sys
import zlib
from collections import defaultdict


def leb(data: bytes, at: int):
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def sections(data: bytes):
    at = 8
    while at < len(data):
        kind = data[at]
        size, at = leb(data, at + 1)
        yield kind, data[at : at + size]
        at += size


def name_of_custom(body: bytes):
    length, at = leb(body, 0)
    return body[at : at + length].decode("utf-8", "replace"), body[at + length :]


def function_names(body: bytes) -> dict:
    names, at = {}, 0
    while at < len(body):
        sub = body[at]
        size, at = leb(body, at + 1)
        end = at + size
        if sub == 1:
            count, j = leb(body, at)
            for _ in range(count):
                index, j = leb(body, j)
                length, j = leb(body, j)
                names[index] = body[j : j + length].decode("utf-8", "replace")
                j += length
        at = end
    return names


CRATE = re.compile(r"^(?:<|&|mut |dyn |\()*([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::")


def crate_of(name: str) -> str:
    match = CRATE.match(name)
    return match.group(1) if match else "(unnamed or glue)"


def data_kind(segment: bytes) -> str:
    if segment.count(b" = ") > 500 and b"\n## " in segment:
        return "data: text (page catalogues, templates, messages)"
    printable = sum(32 <= b < 127 or b in (9, 10) for b in segment)
    if printable > 0.8 * len(segment):
        return "data: text (page catalogues, templates, messages)"
    return "data: tables and constants"


def main() -> int:
    data = open(sys.argv[1], "rb").read()
    imported = 0
    bodies, segments, names = [], [], {}
    for kind, body in sections(data):
        if kind == 2:  # imports: functions among them take the first indices
            count, at = leb(body, 0)
            for _ in range(count):
                for _ in range(2):
                    length, at = leb(body, at)
                    at += length
                what = body[at]
                at += 1
                if what == 0:
                    _, at = leb(body, at)
                    imported += 1
                elif what == 1:
                    at += 1
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif what == 2:
                    flags, at = leb(body, at)
                    _, at = leb(body, at)
                    if flags & 1:
                        _, at = leb(body, at)
                elif what == 3:
                    at += 2
                else:
                    _, at = leb(body, at + 1)
        elif kind == 10:
            count, at = leb(body, 0)
            for _ in range(count):
                size, at = leb(body, at)
                bodies.append(body[at : at + size])
                at += size
        elif kind == 11:
            count, at = leb(body, 0)
            for _ in range(count):
                flags, at = leb(body, at)
                if flags in (0, 2):
                    if flags == 2:
                        _, at = leb(body, at)
                    while body[at] != 0x0B:
                        at += 1
                    at += 1
                size, at = leb(body, at)
                segments.append(body[at : at + size])
                at += size
        elif kind == 0:
            name, rest = name_of_custom(body)
            if name == "name":
                names = function_names(rest)
    if not names:
        print("no name section: build with names (scripts/bench --bundle does)", file=sys.stderr)
        return 1
    groups = defaultdict(list)
    for i, body in enumerate(bodies):
        groups["code: " + crate_of(names.get(imported + i, ""))].append(body)
    for segment in segments:
        groups[data_kind(segment)].append(segment)
    rows = []
    for group, parts in groups.items():
        blob = b"".join(parts)
        rows.append((group, len(blob), len(zlib.compress(blob, 9))))
    rows.sort(key=lambda r: -r[2])
    whole = b"".join(bodies) + b"".join(segments)
    print(f"{'raw':>9} {'gzip':>8}  group (gzip of the group alone)")
    for group, raw, gz in rows:
        if gz >= 1024:
            print(f"{raw:9d} {gz:8d}  {group}")
    small = [r for r in rows if r[2] < 1024]
    print(f"{sum(r[1] for r in small):9d} {sum(r[2] for r in small):8d}  {len(small)} smaller groups")
    print(f"{len(whole):9d} {len(zlib.compress(whole, 9)):8d}  code and data together")
    print(f"{len(data):9d} {len(zlib.compress(data, 9)):8d}  the whole file (with its name section)")
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            json.dump([{"group": g, "raw": r, "gzip": z} for g, r, z in rows], out, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
