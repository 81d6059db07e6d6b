"""`make bench`: run every benchmark, write bench/results/*.json, print a summary."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time

from bench.common import RESULTS
from bench.summary import write_summary

# Each runs in its own process so one benchmark's warm caches and memory do not flatter
# or burden the next.
BENCHMARKS = (
    "bench.decision",
    "bench.bench_analysis",
    "bench.bench_inbound",
    "bench.models",
    "bench.http_checks",
    "bench.webhook",
    "bench.request_cpu",
    "bench.serialisation",
    "bench.batch",
    "bench.startup",
    "bench.round_trips",
    "bench.observability",
    "bench.memory",
)


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        if importlib.util.find_spec(name) is None:
            continue
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        done = subprocess.run([sys.executable, "-m", name], stdout=subprocess.DEVNULL)
        took = time.perf_counter() - started
        print(
            f"   {'ok' if done.returncode == 0 else 'FAILED'} in {took:.1f} s",
            flush=True,
        )
        if done.returncode:
            failed.append(name)
    _summary()
    return 1 if failed else 0


def _summary() -> None:
    print("\nresults in", RESULTS, "summary in", write_summary())
    for path in sorted(RESULTS.glob("*.json")):
        data = json.loads(path.read_text())
        print(f"- {path.name}: {json.dumps(_headline(data))}")


def _headline(data: dict) -> dict:
    skip = {"benchmark", "at", "machine"}
    return {k: v for k, v in data.items() if k not in skip}


if __name__ == "__main__":
    sys.exit(main())
