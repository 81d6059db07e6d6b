"""The inbound training mail: rebuilt byte for byte, well formed, dated by the rules.

A model trained on these files learns whatever they say, so the files must be what
the committed renderer writes, every message must carry a label a model can use,
and every return day must follow the corpus conventions (an explicit return day or
"until X" is X; a range or an inclusive end is the day after; a weekday is the
next such day after the send date).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from scripts.training_data.inbound import render_inbound
from scripts.training_data.inbound.dates import plan_dates

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "rules" / "training" / "inbound"
KINDS = {"ooo", "auto_ack", "bounce", "complaint", "gone", "human", "newsletter"}


def rows(code: str) -> list[dict]:
    with (DATA / f"{code}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("code", render_inbound.LANGS)
def test_committed_file_is_what_the_renderer_writes(code: str) -> None:
    english = render_inbound.load("en")
    rebuilt = render_inbound.render_language(code, english)
    assert [json.dumps(r, ensure_ascii=False) for r in rebuilt] == [
        json.dumps(r, ensure_ascii=False) for r in rows(code)
    ], f"rules/training/inbound/{code}.jsonl is stale: rerun the renderer"


def test_at_least_2000_messages_in_23_languages_every_kind_everywhere() -> None:
    total = 0
    for code in render_inbound.LANGS:
        got = rows(code)
        total += len(got)
        assert {r["kind"] for r in got} == KINDS, code
        assert all(r["language"] == code for r in got)
    assert len(render_inbound.LANGS) == 23
    assert total >= 2000


@pytest.mark.parametrize("code", render_inbound.LANGS)
def test_labels_are_consistent(code: str) -> None:
    bodies = set()
    for r in rows(code):
        assert r["body"] not in bodies, r["id"]
        bodies.add(r["body"])
        sent = dt.datetime.fromisoformat(r["sent_at"]).date()
        assert r["headers"]["Subject"] == r["subject"]
        assert "{" not in r["subject"], r["id"]
        if r["returns_on"] is not None:
            assert r["kind"] in ("ooo", "human"), r["id"]
            assert dt.date.fromisoformat(r["returns_on"]) > sent, r["id"]
        if r["human_away"]:
            assert r["kind"] == "human", r["id"]
        for alternate in r["alternate_contacts"]:
            name, addr = alternate.removesuffix(">").split(" <")
            assert name in r["body"] and addr in r["body"], r["id"]
        if r["kind"] == "bounce":
            assert "report-type=delivery-status" in r["headers"]["Content-Type"]
            assert "Final-Recipient:" in r["body"] and "Status: " in r["body"]
        if r["kind"] == "complaint" and r["subkind"] != "dmarc_aggregate":
            assert "report-type=feedback-report" in r["headers"]["Content-Type"]


def test_a_third_of_out_of_office_replies_carry_no_auto_reply_header() -> None:
    markers = {
        "Auto-Submitted",
        "X-Autoreply",
        "X-Autorespond",
        "Precedence",
        "X-Auto-Response-Suppress",
        "X-MS-Exchange-Inbox-Rules-Loop",
    }
    ooo = [r for c in render_inbound.LANGS for r in rows(c) if r["kind"] == "ooo"]
    bare = [r for r in ooo if not markers & set(r["headers"])]
    assert 0.25 <= len(bare) / len(ooo) <= 0.45


def test_a_human_who_is_away_is_a_human_reply_with_a_return_day() -> None:
    away = [r for c in render_inbound.LANGS for r in rows(c) if r["human_away"]]
    assert len(away) >= 100
    assert sum(r["returns_on"] is not None for r in away) >= 0.7 * len(away)


SUNDAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    ("mode", "offset"),
    [("until", 0), ("back", 0), ("incl", 1), ("range", 1), ("wd_incl", 1)],
    ids=["until X is back on X", "back on X", "through X", "X to Y", "through Friday"],
)
def test_return_day_follows_the_corpus_conventions(mode: str, offset: int) -> None:
    for seed in range(50):
        plan = plan_dates(mode, SUNDAY, random.Random(seed))
        named = plan["W"] if mode.startswith("wd_") else plan["D"]
        assert plan["returns"] == named + dt.timedelta(days=offset)
        assert plan["D1"] <= SUNDAY or mode == "note"


def test_a_weekday_is_the_next_such_day_after_sending() -> None:
    for seed in range(50):
        plan = plan_dates("wd_back", SUNDAY, random.Random(seed))
        assert SUNDAY < plan["returns"] <= SUNDAY + dt.timedelta(days=7)
        assert plan["returns"].weekday() < 5
