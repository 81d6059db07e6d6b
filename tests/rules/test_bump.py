"""bump.premature: too soon after an unanswered touch, or a second bump in a row."""

from __future__ import annotations

from datetime import datetime

import pytest

from models.domain import Span, Verdict
from rules.catalogue.bump import BumpPrematureParams, bump_premature
from tests.rules.builders import (
    at,
    make_analysis,
    make_ctx,
    make_reply,
    make_send,
    make_touch,
)

BUMP_TEXT = "Hi Ada, just bumping this to the top of your inbox."
BUMP = make_analysis(
    BUMP_TEXT, is_bump=True, spans=(Span("bump", 8, 50, BUMP_TEXT[8:50]),)
)


@pytest.mark.parametrize(
    ("touches", "inbound", "planned", "analysis", "fires"),
    [
        pytest.param(
            (make_touch(at("2025-11-20")),),
            (),
            at("2025-11-24"),
            BUMP,
            True,
            id="2 business days after Thursday's email",
        ),
        pytest.param(
            (make_touch(at("2025-11-19")),),
            (),
            at("2025-11-24"),
            BUMP,
            False,
            id="3 business days: fine",
        ),
        pytest.param(
            (make_touch(at("2025-11-21")),),
            (make_reply(at("2025-11-21", 15)),),
            at("2025-11-24"),
            BUMP,
            False,
            id="last touch was answered",
        ),
        pytest.param(
            (make_touch(at("2025-11-20")),),
            (),
            at("2025-11-24"),
            make_analysis(intents=("value_share",)),
            False,
            id="value follow-up, not a bump",
        ),
        pytest.param(
            (
                make_touch(at("2025-11-10"), is_bump=True, id=101),
                make_touch(at("2025-11-03")),
            ),
            (),
            at("2025-11-24"),
            BUMP,
            True,
            id="second bump in a row",
        ),
        pytest.param(
            (make_touch(at("2025-11-10"), is_bump=True),),
            (make_reply(at("2025-11-11")),),
            at("2025-11-24"),
            BUMP,
            False,
            id="earlier bump was answered",
        ),
        pytest.param((), (), at("2025-11-24"), BUMP, False, id="no earlier touch"),
    ],
)
def test_bump_premature(
    touches: tuple, inbound: tuple, planned: datetime, analysis, fires: bool
) -> None:
    ctx = make_ctx(touches=touches, inbound=inbound, now=planned)
    found = bump_premature(make_send(planned), ctx, analysis, BumpPrematureParams())
    assert bool(found) is fires
    assert all(f.verdict == Verdict.REWRITE for f in found)


def test_bump_evidence_quotes_the_nudge_and_the_touch() -> None:
    ctx = make_ctx(touches=(make_touch(at("2025-11-20")),))
    [finding] = bump_premature(make_send(), ctx, BUMP, BumpPrematureParams())
    message, touch = finding.evidence
    assert (message.source, message.text) == (
        "message",
        "just bumping this to the top of your inbox",
    )
    assert (message.start, message.end) == (8, 50)
    assert touch.source == "touch" and touch.id == "100"
    assert "Thu 20 Nov" in finding.message and "wait at least 3" in finding.message


def test_second_bump_can_be_switched_off() -> None:
    ctx = make_ctx(touches=(make_touch(at("2025-11-10"), is_bump=True),))
    params = BumpPrematureParams(block_second_bump=False)
    assert bump_premature(make_send(), ctx, BUMP, params) == []
