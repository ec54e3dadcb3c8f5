#!/usr/bin/env python3
"""Prints scripts/dev's ready line once the collector answers: polls BASE/healthz until it
answers 200, for as long as the process PARENT runs.

Usage: wait-ready.py BASE PARENT STATE
"""
import os
import sys
import time
import urllib.request


def alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def main():
    base, parent, state = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    # Loopback only: never through a proxy the environment names.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    while alive(parent):
        try:
            with opener.open(f"{base}/healthz", timeout=30) as answer:
                if answer.status == 200:
                    sys.stderr.write(
                        f"\033[1m==> ready: the collector answers on {base}/ "
                        f"(ledger in {state}; Ctrl-C to stop)\033[0m\n"
                    )
                    return
        except OSError:
            pass
        time.sleep(0.5)


if __name__ == "__main__":
    main()
