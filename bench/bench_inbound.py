"""Inbound parsing throughput on one core (budget >= 300 replies/s per core).

Parses every reply of corpora/ooo/messages.jsonl (or, in a clone without ../shared,
the first 20 training replies of each language in rules/training/inbound/) repeatedly
after a warm-up (lexicons compiled, lingua and dateparser loaded) and writes
bench/results/inbound.json.
Run: python bench/bench_inbound.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from bench.common import write_result
from bench.eval.corpus import load_corpus
from bench.eval.ooo import CORPUS, anchor_of
from guard.analysis.inbound.analyse import parse_inbound

TRAINING = Path(__file__).resolve().parents[1] / "rules" / "training" / "inbound"
PER_LANGUAGE = 20
BUDGET_PER_SECOND = 300


def _requests(items: list[dict]) -> list[dict]:
    return [
        {
            "headers": item.get("headers") or {},
            "subject": (item.get("headers") or {}).get("Subject", ""),
            "body": item["body"],
            "sent_at": anchor_of(item),
        }
        for item in items
    ]


def _items() -> tuple[str, list[dict]]:
    """The shared corpus when it is beside the checkout, else the project's own mail."""
    if CORPUS.exists():
        return "shared corpus", load_corpus(CORPUS)
    items = []
    for path in sorted(TRAINING.glob("*.jsonl")):
        items += load_corpus(path)[:PER_LANGUAGE]
    return "training replies", items


def run(rounds: int) -> dict:
    """Time each parse; the median per reply and the replies per second overall."""
    source, items = _items()
    requests = _requests(items)
    for request in requests:  # warm-up: lexicons, lingua models, dateparser locales
        parse_inbound(**request)
    timings: list[float] = []
    started = time.perf_counter()
    for _ in range(rounds):
        for request in requests:
            t0 = time.perf_counter()
            parse_inbound(**request)
            timings.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    timings.sort()
    return {
        "source": source,
        "replies": len(timings),
        "rounds": rounds,
        "median_ms": round(statistics.median(timings) * 1000, 3),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1] * 1000, 3),
        "mean_ms": round(elapsed / len(timings) * 1000, 3),
        "replies_per_second": round(len(timings) / elapsed, 1),
        "budget_replies_per_second": BUDGET_PER_SECOND,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    write_result("inbound", run(args.rounds))


if __name__ == "__main__":
    main()
