"""Both analysers on held-out messages written for this test, never tuned on the corpus.

tests/analysis/heldout/ooo.jsonl holds inbound replies in 15 languages (out-of-office
with return dates written many ways, and human replies, bounces, acknowledgements and
"left the company" notices that must not pass for one); bump.jsonl holds sales
follow-ups in 7 languages. Labels follow corpora/README.md. The thresholds sit a little
below what the analysers reach, so that a regression fails and noise does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bench.eval import bump as evaluate_bump
from bench.eval import ooo as evaluate_ooo
from bench.eval.corpus import load_corpus
from bench.eval.ooo import anchor_of
from guard.analysis.inbound.analyse import parse_inbound
from models.domain import InboundAnalysis

HELDOUT = Path(__file__).resolve().parent / "heldout"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What each not-ooo category must be classified as.
KIND_OF_CATEGORY = {
    "ndr": "bounce",
    "delay_dsn": "bounce",
    "mailbox_retired_autoreply": "gone",
    "address_change_autoreply": "gone",
    "auto_ack": "auto_ack",
    "read_receipt": "auto_ack",
    "calendar_invite": "auto_ack",
    "list_confirmation": "auto_ack",
    "human_reply": "human",
    "human_absence_notice": "human",
}
GATED_BUMP_LANGUAGES = ("de", "pt", "fr", "es", "en")


@pytest.fixture(scope="module")
def ooo_items() -> list[dict]:
    return load_corpus(HELDOUT / "ooo.jsonl")


@pytest.fixture(scope="module")
def parsed(ooo_items: list[dict]) -> list[tuple[dict, InboundAnalysis]]:
    return [(item, _parse(item)) for item in ooo_items]


def _parse(item: dict) -> InboundAnalysis:
    headers = item.get("headers") or {}
    return parse_inbound(
        headers=headers,
        subject=headers.get("Subject", ""),
        body=item["body"],
        sent_at=anchor_of(item),
    )


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 1.0


# --- inbound: out-of-office ---------------------------------------------------------


@pytest.fixture(scope="module")
def ooo_report(ooo_items: list[dict]) -> evaluate_ooo.Report:
    return evaluate_ooo.evaluate(ooo_items)


def test_heldout_has_the_promised_spread(ooo_items: list[dict]) -> None:
    languages = {item["language"] for item in ooo_items}
    assert len(ooo_items) >= 80 and len(languages) >= 15
    assert sum(item["label"] == "not_ooo" for item in ooo_items) >= 25


def test_ooo_precision_and_recall(ooo_report: evaluate_ooo.Report) -> None:
    assert ooo_report.overall.precision >= 0.97, ooo_report.overall.misses
    assert ooo_report.overall.recall >= 0.95, ooo_report.overall.misses


def test_returns_on_exact(ooo_report: evaluate_ooo.Report) -> None:
    assert ooo_report.overall.dated >= 100
    assert ooo_report.overall.exact_rate >= 0.93, ooo_report.overall.misses
    assert ooo_report.overall.within_one_rate >= 0.95, ooo_report.overall.misses


def test_not_ooo_messages_get_their_own_kind(
    parsed: list[tuple[dict, InboundAnalysis]],
) -> None:
    others = [(i, r) for i, r in parsed if i["label"] == "not_ooo"]
    wrong = [
        (i["id"], r.kind)
        for i, r in others
        if r.kind != KIND_OF_CATEGORY[i["category"]]
    ]
    assert _rate(len(others) - len(wrong), len(others)) >= 0.9, wrong


def test_last_day_away(parsed: list[tuple[dict, InboundAnalysis]]) -> None:
    ranged = [(i, r) for i, r in parsed if i.get("last_day_away")]
    wrong = [
        (i["id"], r.last_day_away)
        for i, r in ranged
        if r.last_day_away != date.fromisoformat(i["last_day_away"])
    ]
    assert len(ranged) >= 30
    assert _rate(len(ranged) - len(wrong), len(ranged)) >= 0.9, wrong


def test_no_return_date_invented(parsed: list[tuple[dict, InboundAnalysis]]) -> None:
    # Footers, phone numbers, quoted headers and event dates are never a return date.
    undated = [
        (i, r)
        for i, r in parsed
        if i["label"] == "ooo" and not i.get("return_date") and r.kind == "ooo"
    ]
    invented = [(i["id"], r.returns_on) for i, r in undated if r.date_found]
    assert len(undated) >= 8
    assert len(invented) <= 1, invented


def test_alternate_contact_addresses(
    parsed: list[tuple[dict, InboundAnalysis]],
) -> None:
    wanted = list(_wanted_addresses(parsed))
    missed = [(item_id, email) for item_id, email, found in wanted if not found]
    assert len(wanted) >= 30
    assert _rate(len(wanted) - len(missed), len(wanted)) >= 0.9, missed


def _wanted_addresses(
    parsed: list[tuple[dict, InboundAnalysis]],
) -> Iterator[tuple[str, str, bool]]:
    for item, result in parsed:
        if item["label"] != "ooo":
            continue
        found = {c.email for c in result.alternate_contacts}
        for email in EMAIL.findall(item.get("alternate_contact") or ""):
            yield item["id"], email, email in found


# --- outgoing: bumps ----------------------------------------------------------------


@pytest.fixture(scope="module")
def bump_report() -> evaluate_bump.Report:
    return evaluate_bump.evaluate(load_corpus(HELDOUT / "bump.jsonl"))


def test_bump_precision_and_recall(bump_report: evaluate_bump.Report) -> None:
    assert bump_report.overall.n >= 40
    assert bump_report.overall.precision >= 0.95, bump_report.errors
    assert bump_report.overall.recall >= 0.93, bump_report.errors


@pytest.mark.parametrize("lang", GATED_BUMP_LANGUAGES)
def test_bump_per_language(bump_report: evaluate_bump.Report, lang: str) -> None:
    counts = bump_report.by_language[lang]
    assert counts.precision >= 0.85, bump_report.errors
    assert counts.recall >= 0.85, bump_report.errors
