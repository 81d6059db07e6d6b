"""Resident memory after 50,000 checks whose bodies bring new words (budget:
<= 300 MB per worker, also then).

In process, through the decision path the API takes (`decide_check`,
guard/checks/service.py) on a loaded snapshot: every language's pipeline and the
models are loaded first, as a worker is before /readyz; then 50,000 varied mails
(bench/varied.py: twelve languages in turn, each with a made-up name and figure) go
through it. RSS is recorded at the start and every 10,000 checks.

Run: `python -m bench.memory` (about a minute or two); writes bench/results/memory.json.
"""

from __future__ import annotations

import gc
import itertools
import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bench.common import max_rss_mb, rss_mb, write_result
from bench.decision import contact_context
from bench.varied import mails
from guard.analysis.text.pipeline import vocab_words, warm_up
from guard.arenas import give_back
from guard.engine.decide import decide_check, warm_decision
from guard.policy import load_policy
from guard.settings import Settings
from models.domain import PlannedSend

CHECKS = 50_000
EVERY = 10_000


def main() -> dict[str, object]:
    policy = load_policy(Settings())
    warm_up()
    warm_decision(policy)
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    ctx = contact_context(now)
    template = PlannedSend(
        contact_id=1,
        sender_email="sam@seller.example",
        channel="email",
        planned_at=now + timedelta(hours=1),
    )
    # As a worker does once warm (guard/collector.freeze_once_warm): collect, then
    # give the heap's free pages back.
    gc.collect()
    give_back()
    start = rss_mb()
    marks = {0: start}
    timings = []
    stream = mails(seed=11)
    for n, mail in enumerate(itertools.islice(stream, CHECKS), start=1):
        send = replace(template, subject=mail.subject, body=mail.body)
        t0 = time.perf_counter()
        decide_check(policy, send, ctx, None)
        timings.append(time.perf_counter() - t0)
        if n % EVERY == 0:
            marks[n] = rss_mb()
    gc.collect()
    end = rss_mb()
    return write_result(
        "memory",
        {
            "checks": CHECKS,
            "rss_start_mb": start,
            "rss_after_mb": end,
            "growth_mb": round(end - start, 1),
            "rss_every_10000_mb": marks,
            "max_rss_mb": max_rss_mb(),
            "vocab_words": vocab_words(),
            "check_median_ms": round(statistics.median(timings) * 1000, 4),
            "budget_mb": 300,
        },
    )


if __name__ == "__main__":
    main()
