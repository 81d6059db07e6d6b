"""bench/results/summary.md: every figure of the last `make bench`, dated, per machine.

The README quotes its figures from this file; each section is one benchmark's JSON,
flattened to `key: value` rows, so nothing is picked by hand and nothing is left out.

    python -m bench.summary   # rewrite the summary from the JSON files already there
"""

from __future__ import annotations

import json
import os
import platform
import time
from pathlib import Path
from typing import Any

from bench.common import RESULTS

SUMMARY = RESULTS / "summary.md"
_SKIP = {"benchmark", "at", "machine"}
# Lists longer than this are samples, not figures.
_MAX_LIST = 6


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.node() or 'this machine'}: {os.cpu_count()} cores ({cpu}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def rows(data: Any, prefix: str = "") -> list[tuple[str, str]]:
    """`(dotted key, value)` for every scalar of a benchmark's JSON."""
    if isinstance(data, dict):
        found: list[tuple[str, str]] = []
        for key, value in data.items():
            if not prefix and key in _SKIP:
                continue
            found += rows(value, f"{prefix}.{key}" if prefix else str(key))
        return found
    if isinstance(data, list):
        if len(data) > _MAX_LIST or any(isinstance(v, dict | list) for v in data):
            return [(prefix, f"{len(data)} values")]
        return [(prefix, ", ".join(str(v) for v in data))]
    return [(prefix, str(data))]


def render(results: list[dict[str, Any]]) -> str:
    written = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {written}.",
        f"Machine: {machine()}.",
        "Each benchmark runs in its own process; figures are medians unless named.",
    ]
    for data in results:
        lines += [
            "",
            f"## {data.get('benchmark', '?')} (run {data.get('at', '?')})",
            "",
        ]
        lines += ["| figure | value |", "|---|---|"]
        lines += [f"| {key} | {value} |" for key, value in rows(data)]
    return "\n".join(lines) + "\n"


def write_summary() -> Path:
    results = [json.loads(p.read_text()) for p in sorted(RESULTS.glob("*.json"))]
    SUMMARY.write_text(render(results))
    return SUMMARY


if __name__ == "__main__":
    print(write_summary())
