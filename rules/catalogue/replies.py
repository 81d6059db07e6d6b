"""Reply rules: what the contact wrote back decides what may follow."""

from __future__ import annotations

from datetime import timedelta

from pydantic import Field

from models.domain import (
    ContactContext,
    Finding,
    InboundRecord,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)
from rules.engine.common import (
    contact_calendar,
    day,
    human_replies,
    inbound_evidence,
    intent_evidence,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 20  # where the family stands in docs/rules.md


def _recent(ctx: ContactContext, days: int) -> list[InboundRecord]:
    since = ctx.now - timedelta(days=days)
    return [r for r in human_replies(ctx) if r.received_at >= since]


class SchedulingLinkParams(RuleParams):
    lookback_days: int = Field(default=60, ge=1, le=730)


@rule("replies.scheduling_link", verdict=Verdict.REWRITE, params=SchedulingLinkParams)
def scheduling_link(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: SchedulingLinkParams,
) -> list[Finding]:
    """The contact offered their own scheduling link and this message pushes yours.

    When a buyer answers "book via my link", asking them again to pick a slot on the
    seller's tool ignores the answer: rewrite the message to book through their link.
    """
    pushes_own = bool(analysis.scheduling_links) or analysis.has("scheduling_push")
    if not pushes_own:
        return []
    offered = next(
        (r for r in _recent(ctx, params.lookback_days) if r.scheduling_link), None
    )
    if offered is None:
        return []
    cal = contact_calendar(ctx, params.hours)
    name = ctx.contact.short_name
    return [
        Finding(
            rule="replies.scheduling_link",
            verdict=Verdict.REWRITE,
            severity="high",
            message=(
                f"{ctx.contact.display_name} replied on "
                f"{day(cal.local_date(offered.received_at))} offering {name}'s own "
                f"booking link ({offered.scheduling_link}); book through it instead "
                f"of asking {name} to use yours."
            ),
            evidence=(
                inbound_evidence(offered),
                *intent_evidence(analysis, "scheduling_push"),
            ),
        )
    ]


class RepliesNegativeParams(RuleParams):
    lookback_days: int = Field(default=365, ge=1, le=3650)
    intents: tuple[str, ...] = ("negative", "unsubscribe", "not_interested", "stop")


@rule("replies.negative", verdict=Verdict.BLOCK, params=RepliesNegativeParams)
def replies_negative(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: RepliesNegativeParams,
) -> list[Finding]:
    """The contact's latest reply was negative or asked to stop.

    A "no" is an answer. Only a later reply from the contact that is not negative
    reopens the conversation.
    """
    replies = _recent(ctx, params.lookback_days)
    latest = replies[0] if replies else None
    if latest is None or not latest.intents & set(params.intents):
        return []
    cal = contact_calendar(ctx, params.hours)
    said = ", ".join(sorted(latest.intents & set(params.intents))).replace("_", " ")
    return [
        Finding(
            rule="replies.negative",
            verdict=Verdict.BLOCK,
            severity="high",
            message=(
                f"{ctx.contact.display_name} replied on "
                f"{day(cal.local_date(latest.received_at))} ({said}); "
                f"do not follow up unless they write again."
            ),
            evidence=(inbound_evidence(latest),),
        )
    ]


class HumanPendingParams(RuleParams):
    lookback_days: int = Field(default=30, ge=1, le=365)


@rule("replies.human_pending", verdict=Verdict.BLOCK, params=HumanPendingParams)
def human_pending(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: HumanPendingParams,
) -> list[Finding]:
    """The contact replied and this send is an automated sequence step.

    Sequences must stop on a reply: a person answers a person. Counts replies of the
    last N days (default 30) and any reply since this sequence's first touch.
    """
    if not send.automated:
        return []
    started = [
        t.sent_at
        for t in ctx.touches
        if send.sequence_id is not None and t.sequence_id == send.sequence_id
    ]
    since = ctx.now - timedelta(days=params.lookback_days)
    if started:
        since = min(since, min(started))
    reply = next((r for r in human_replies(ctx) if r.received_at >= since), None)
    if reply is None:
        return []
    cal = contact_calendar(ctx, params.hours)
    step = f" (step {send.sequence_step})" if send.sequence_step is not None else ""
    sequence = (
        f"sequence {send.sequence_id}{step}" if send.sequence_id else "a sequence"
    )
    return [
        Finding(
            rule="replies.human_pending",
            verdict=Verdict.BLOCK,
            severity="high",
            message=(
                f"{ctx.contact.display_name} replied on "
                f"{day(cal.local_date(reply.received_at))}; this automated message "
                f"from {sequence} must not go out — answer them personally."
            ),
            evidence=(inbound_evidence(reply),),
        )
    ]
