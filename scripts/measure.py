#!/usr/bin/env python3
"""Runs a command and prints its wall time, CPU time and peak memory; with OCS_BENCH_JSON=FILE,
also appends them to FILE as one JSON line. Usage: measure.py LABEL ROWS CMD..."""
import json
import os
import resource
import subprocess
import sys
import time

label, rows, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.monotonic()
result = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
tail = result.stdout.strip().splitlines()[:1]
print(f"{label:<28} {wall:8.1f} s wall  {cpu:8.1f} s cpu  "
      f"{rows / wall if wall else 0:10.0f} rows/s  {cpu * 1e6 / rows if rows else 0:7.1f} µs cpu/row  "
      f"peak {usage.ru_maxrss / 1024:7.0f} MiB" + (f"   ({tail[0]})" if tail else ""), flush=True)
if os.environ.get("OCS_BENCH_JSON"):
    with open(os.environ["OCS_BENCH_JSON"], "a") as out:
        out.write(json.dumps({
            "step": label, "rows": rows, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "cpu_us_per_row": round(cpu * 1e6 / rows, 2) if rows else None,
            "peak_mib": round(usage.ru_maxrss / 1024), "ok": result.returncode == 0,
        }) + "\n")
if result.returncode != 0:
    print(result.stdout)
    sys.exit(f"{label}: exit {result.returncode}")
