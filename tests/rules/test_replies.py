"""replies.scheduling_link, replies.negative, replies.human_pending."""

from __future__ import annotations

import pytest

from models.domain import Verdict
from rules.catalogue.replies import (
    HumanPendingParams,
    RepliesNegativeParams,
    SchedulingLinkParams,
    human_pending,
    replies_negative,
    scheduling_link,
)
from tests.rules.builders import (
    NOW,
    at,
    days,
    make_analysis,
    make_ctx,
    make_reply,
    make_send,
    make_touch,
)

THEIR_LINK = make_reply(
    NOW - days(2),
    scheduling_link="https://cal.example/ada",
    snippet="Book via https://cal.example/ada",
)
PUSH = make_analysis(
    intents=("scheduling_push",), scheduling_links=("https://book.seller.example/sam",)
)


@pytest.mark.parametrize(
    ("inbound", "analysis", "fires"),
    [
        pytest.param((THEIR_LINK,), PUSH, True, id="their link offered, ours pushed"),
        pytest.param(
            (THEIR_LINK,),
            make_analysis(scheduling_links=("https://book.seller.example/sam",)),
            True,
            id="our link without push phrase",
        ),
        pytest.param(
            (THEIR_LINK,),
            make_analysis(intents=("value_share",)),
            False,
            id="no push of our tool",
        ),
        pytest.param(
            (make_reply(NOW - days(2)),), PUSH, False, id="reply without a link"
        ),
        pytest.param(
            (make_reply(NOW - days(90), scheduling_link="https://cal.example/ada"),),
            PUSH,
            False,
            id="link offered a quarter ago",
        ),
        pytest.param(
            (
                make_reply(
                    NOW - days(2), kind="ooo", scheduling_link="https://cal.example/ada"
                ),
            ),
            PUSH,
            False,
            id="auto-reply link does not count",
        ),
    ],
)
def test_scheduling_link(inbound: tuple, analysis, fires: bool) -> None:
    found = scheduling_link(
        make_send(), make_ctx(inbound=inbound), analysis, SchedulingLinkParams()
    )
    assert bool(found) is fires
    if fires:
        assert found[0].verdict == Verdict.REWRITE
        assert "https://cal.example/ada" in found[0].message


@pytest.mark.parametrize(
    ("inbound", "fires"),
    [
        pytest.param(
            (
                make_reply(
                    NOW - days(3),
                    intents=frozenset({"negative"}),
                    snippet="Not for us.",
                ),
            ),
            True,
            id="said no",
        ),
        pytest.param(
            (make_reply(NOW - days(3), intents=frozenset({"unsubscribe"})),),
            True,
            id="asked to stop",
        ),
        pytest.param(
            (
                make_reply(NOW - days(1), id=201),
                make_reply(NOW - days(3), intents=frozenset({"negative"})),
            ),
            False,
            id="wrote again since",
        ),
        pytest.param(
            (make_reply(NOW - days(3), intents=frozenset({"referral"})),),
            False,
            id="referral is not negative",
        ),
        pytest.param(
            (make_reply(NOW - days(400), intents=frozenset({"negative"})),),
            False,
            id="no from over a year ago",
        ),
        pytest.param((), False, id="never replied"),
    ],
)
def test_replies_negative(inbound: tuple, fires: bool) -> None:
    found = replies_negative(
        make_send(), make_ctx(inbound=inbound), make_analysis(), RepliesNegativeParams()
    )
    assert bool(found) is fires
    assert all(
        f.verdict == Verdict.BLOCK and f.evidence[0].source == "inbound" for f in found
    )


SEQ_START = make_touch(NOW - days(60), sequence_id="q4", automated=True)


@pytest.mark.parametrize(
    ("automated", "inbound", "touches", "fires"),
    [
        pytest.param(
            True, (make_reply(NOW - days(1)),), (), True, id="replied yesterday"
        ),
        pytest.param(
            False,
            (make_reply(NOW - days(1)),),
            (),
            False,
            id="manual send after a reply",
        ),
        pytest.param(
            True,
            (make_reply(NOW - days(1), kind="ooo"),),
            (),
            False,
            id="auto-reply only",
        ),
        pytest.param(
            True,
            (make_reply(NOW - days(45)),),
            (),
            False,
            id="replied six weeks ago, new sequence",
        ),
        pytest.param(
            True,
            (make_reply(NOW - days(45)),),
            (SEQ_START,),
            True,
            id="replied since this sequence began",
        ),
        pytest.param(True, (), (SEQ_START,), False, id="no reply at all"),
    ],
)
def test_human_pending(
    automated: bool, inbound: tuple, touches: tuple, fires: bool
) -> None:
    send = make_send(automated=automated, sequence_id="q4", sequence_step=3)
    ctx = make_ctx(inbound=inbound, touches=touches)
    found = human_pending(send, ctx, make_analysis(), HumanPendingParams())
    assert bool(found) is fires
    if fires:
        assert "q4 (step 3)" in found[0].message and found[0].verdict == Verdict.BLOCK


def test_future_replies_are_not_seen() -> None:
    # The snapshot's clock is ctx.now; a reply stamped later is not yet known.
    ctx = make_ctx(inbound=(make_reply(at("2025-12-01")),))
    assert (
        human_pending(
            make_send(automated=True), ctx, make_analysis(), HumanPendingParams()
        )
        == []
    )
