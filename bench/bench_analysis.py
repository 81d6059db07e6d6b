"""Throughput of analyse_outgoing on a 150-word email, with language detection.

Run: `python bench/bench_analysis.py`; writes bench/results/analysis.json.
"""

from __future__ import annotations

import json
import platform
import resource
import statistics
import sys
import time
from pathlib import Path

# Run as a script, bench/ would head sys.path and bench/http.py would shadow the
# standard library's `http`: put the repository root there instead.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from guard.analysis.outgoing import analyse_outgoing  # noqa: E402
from guard.analysis.pipeline import warm_up  # noqa: E402

SUBJECT = "Re: onboarding time at Northwind"
BODY = """Hi Priya,

Following up on my note from last week about onboarding for your new sales hires.

Since then we published a short case study: Contoso cut ramp time for new account
executives from 90 days to 51 days after connecting our playbooks to their CRM, and
their managers now spend about 4 hours less per week on manual coaching prep. The
rollout took three weeks, needed no changes to their security setup, and their
procurement team signed off with our standard data processing agreement.

Here is the full write-up: https://seller.example/contoso-ramp

If ramp time is on your list for next quarter, I would be glad to walk your team
through how the playbooks map to your current process. Would a 20-minute call next
Tuesday or Wednesday work for you?

Best regards,
Tom Baker
Account Executive, Seller Inc.
+1 555 0100
"""
WARM_UP = 300
RUNS = 5000


def main() -> None:
    started = time.perf_counter()
    warm_up()
    ready_s = time.perf_counter() - started
    for i in range(WARM_UP):
        analyse_outgoing(subject=SUBJECT, body=BODY + str(i))
    timings = []
    for i in range(RUNS):
        # A distinct body each run so the text-preparation cache does not flatter us.
        body = BODY + str(i)
        t0 = time.perf_counter()
        analyse_outgoing(subject=SUBJECT, body=body)
        timings.append(time.perf_counter() - t0)
    timings.sort()
    median = statistics.median(timings)
    result = {
        "benchmark": "analyse_outgoing",
        "words": len(BODY.split()),
        "runs": RUNS,
        "median_ms": round(median * 1000, 4),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1] * 1000, 4),
        "messages_per_s": round(1 / median),
        "pipelines_ready_s": round(ready_s, 2),
        "max_rss_mb": round(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1
        ),
        "python": platform.python_version(),
    }
    out = Path(__file__).resolve().parent / "results" / "analysis.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
