"""Throughput of the learned decision layer on varied text (issue 12 §10).

Outgoing: `analyse_outgoing` with language detection (no language passed) over
follow-ups in twelve languages, each run given a new word so the detector, the
tokenizer and the model all see fresh text; budget >= 2,000 messages/s per core.
Inbound: `parse_inbound` over the held-out replies in 15 languages; budget >= 300/s.
Also the models' load time. Run: `python -m bench.models`.
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import write_result
from bench.eval.corpus import load_corpus
from bench.eval.ooo import anchor_of
from guard.analysis.inbound.analyse import parse_inbound
from guard.analysis.model.linear import load_model
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.text.pipeline import warm_up

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "analysis" / "heldout"
# The held-out set covers seven languages; these add the other five.
EXTRA = [
    ("Re: offert", "Hej Anna,\n\nville bara höra om du hunnit titta på mitt förra "
     "mejl? Vi hjälpte Nordbanken att korta sin onboarding med 12 dagar.\n\nMvh\nErik"),
    ("Re: tilbud", "Hej Mette,\n\njeg ville bare høre, om du har haft tid til at kigge "
     "på mit tilbud? Sig endelig til, hvis du har spørgsmål.\n\nVenlig hilsen\nLars"),
    ("Re: tilbud", "Hei Kari,\n\njeg ville bare høre om du har fått sett på tilbudet "
     "mitt? Gi gjerne beskjed om du har spørsmål.\n\nMed vennlig hilsen\nOla"),
    ("Re: tarjous", "Hei Anni,\n\nhalusin vain kysyä, oletko ehtinyt katsoa "
     "tarjoustani? Kerro toki, jos sinulla on kysyttävää.\n\nTerveisin\nMika"),
    ("Re: oferta", "Dzień dobry Pani Anno,\n\nczy miała Pani okazję zapoznać się z "
     "moją ofertą? Chętnie odpowiem na pytania.\n\nPozdrawiam\nPiotr"),
]  # fmt: skip
RUNS = 6000
INBOUND_RUNS = 1500


def _outgoing() -> list[tuple[str, str]]:
    items = load_corpus(HELDOUT / "bump.jsonl")
    return [(i.get("subject") or "", i["body"]) for i in items] + EXTRA * 8


def _per_second(runs: int, call: Callable[[int], None]) -> float:
    started = time.perf_counter()
    for n in range(runs):
        call(n)
    return runs / (time.perf_counter() - started)


def main() -> None:
    started = time.perf_counter()
    load_model.cache_clear()
    load_model("bump"), load_model("inbound")
    load_s = time.perf_counter() - started
    warm_up()
    rng = random.Random(7)
    outgoing = _outgoing()
    words = [
        f"{rng.choice('bcdfgklmnprst')}{rng.randrange(10**6)}x" for _ in range(RUNS)
    ]

    def one_outgoing(n: int) -> None:
        subject, body = outgoing[n % len(outgoing)]
        analyse_outgoing(subject=subject, body=f"{body}\n{words[n]}")

    inbound = load_corpus(HELDOUT / "ooo.jsonl")

    def one_inbound(n: int) -> None:
        item = inbound[n % len(inbound)]
        headers = item.get("headers") or {}
        parse_inbound(
            headers=headers,
            subject=headers.get("Subject", ""),
            body=f"{item['body']}\n{words[n]}",
            sent_at=anchor_of(item),
        )

    _per_second(300, one_outgoing)
    result = {
        "model_load_s": round(load_s, 3),
        "outgoing_messages_per_s": round(_per_second(RUNS, one_outgoing)),
        "outgoing_languages": 12,
        "inbound_messages_per_s": round(_per_second(INBOUND_RUNS, one_inbound)),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "bump_model": load_model("bump").model_id,
        "inbound_model": load_model("inbound").model_id,
    }
    write_result("models", result)


if __name__ == "__main__":
    main()
