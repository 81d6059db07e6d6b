"""Throughput of analyse_outgoing, language identification included (budget:
>= 2,000 messages/s per core on varied text), and what loading costs.

- `varied`: a new ~140-word e-mail each time, in the twelve supported languages in
  turn, each bringing new words (bench/varied.py): the language detector reads
  different text every time and the tokenizer keeps meeting unseen words.
- `same_mail`: the figure measured before (one English 140-word mail with a number
  appended), kept to compare with earlier runs; measured first, in a fresh process.
- `model_load_s`: reading the shipped models (bump, inbound) in a fresh process;
  `pipelines_ready_s`: building every language's pipeline and the detector after.

Run: `python bench/bench_analysis.py`; writes bench/results/analysis.json.
"""

from __future__ import annotations

import itertools
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

# Run as a script, bench/ would head sys.path and bench/http.py would shadow the
# standard library's `http`: put the repository root there instead.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench.common import max_rss_mb, percentile, rss_mb, write_result  # noqa: E402
from bench.varied import Mail, mails  # noqa: E402
from guard.analysis.model.linear import load_model  # noqa: E402
from guard.analysis.outgoing.analyse import analyse_outgoing  # noqa: E402
from guard.analysis.text import pipeline  # noqa: E402
from guard.analysis.text.language import SUPPORTED, undecided_by_vote  # noqa: E402
from guard.analysis.text.pipeline import warm_up  # noqa: E402
from guard.analysis.text.prepare import prepare  # noqa: E402

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
RUNS = 6000
SAME_MAIL_RUNS = 3000


def _timed(calls: list) -> tuple[list[float], list[float]]:
    """Wall time and this thread's CPU time of each call: on a machine others share,
    the CPU time is what one core spends per message."""
    timings, cpu = [], []
    for call in calls:
        t0, c0 = time.perf_counter(), time.thread_time()
        call()
        cpu.append(time.thread_time() - c0)
        timings.append(time.perf_counter() - t0)
    return timings, cpu


def _figures(measured: tuple[list[float], list[float]]) -> dict[str, float]:
    timings, cpu = measured
    median = statistics.median(timings)
    return {
        "median_ms": round(median * 1000, 4),
        "p99_ms": round(percentile(timings, 99) * 1000, 4),
        "messages_per_s": round(1 / median),
        "mean_ms": round(statistics.fmean(timings) * 1000, 4),
        "cpu_median_ms": round(statistics.median(cpu) * 1000, 4),
        "cpu_mean_ms": round(statistics.fmean(cpu) * 1000, 4),
        "runs": len(timings),
    }


def _analyse(mail: Mail):
    return lambda: analyse_outgoing(subject=mail.subject, body=mail.body)


def main() -> None:
    started = time.perf_counter()
    for name in ("bump", "inbound"):
        load_model(name)
    model_load_s = time.perf_counter() - started
    started = time.perf_counter()
    warm_up()
    ready_s = time.perf_counter() - started
    rss_ready = rss_mb()

    # The same mail first, in a fresh process as it was measured before.
    for i in range(WARM_UP):
        analyse_outgoing(subject=SUBJECT, body=BODY + str(i))
    same = _timed(
        [
            _analyse(Mail("en", SUBJECT, BODY + str(WARM_UP + i)))
            for i in range(SAME_MAIL_RUNS)
        ]
    )

    stream = mails()
    for mail in itertools.islice(stream, WARM_UP):
        analyse_outgoing(subject=mail.subject, body=mail.body)
    varied = list(itertools.islice(stream, RUNS))
    varied_times = _timed([_analyse(mail) for mail in varied])
    lingua = sum(undecided_by_vote(prepare(m.body).new_text) for m in varied)

    write_result(
        "analysis",
        {
            "varied": {
                **_figures(varied_times),
                "words_median": statistics.median(len(m.body.split()) for m in varied),
                "languages": dict(Counter(m.language for m in varied)),
                "lingua_share": round(lingua / len(varied), 3),
                # Past the vocabulary ceiling, new words are forgotten after each mail
                # (bounded memory) and tokenized again next time, uncached.
                "past_vocab_ceiling": pipeline.vocab_words() >= pipeline.VOCAB_CEILING,
            },
            "same_mail": {**_figures(same), "words": len(BODY.split())},
            "budget_messages_per_s": 2000,
            "model_load_s": round(model_load_s, 3),
            "pipelines_ready_s": round(ready_s, 2),
            "languages_built": len(SUPPORTED),
            "rss_ready_mb": rss_ready,
            "max_rss_mb": max_rss_mb(),
        },
    )


if __name__ == "__main__":
    main()
