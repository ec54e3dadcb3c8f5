#!/usr/bin/env python3
"""Runs a command and prints its wall time, CPU time and peak memory: measure.py LABEL ROWS CMD..."""
import resource
import subprocess
import sys
import time

label, rows, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
start = time.monotonic()
result = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
tail = result.stdout.strip().splitlines()[:1]
print(f"{label:<28} {wall:8.1f} s wall  {usage.ru_utime + usage.ru_stime:8.1f} s cpu  "
      f"{rows / wall if wall else 0:10.0f} rows/s  peak {usage.ru_maxrss / 1024:7.0f} MiB"
      + (f"   ({tail[0]})" if tail else ""), flush=True)
if result.returncode != 0:
    print(result.stdout)
    sys.exit(f"{label}: exit {result.returncode}")
