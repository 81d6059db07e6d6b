"""The sending rep's own time off: a reply to an automated step would land in an empty
inbox while their automatic replies are on."""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import Field

from models.domain import (
    ContactContext,
    Evidence,
    Finding,
    MessageAnalysis,
    PlannedSend,
    SenderAway,
    Verdict,
)
from rules.engine.common import contact_calendar, when
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 110  # where the family stands in docs/rules.md

RULE = "sender.away"


class SenderAwayParams(RuleParams):
    # Automatic replies on with no end date: automated steps wait this long, and the
    # CRM asks again then (the worker re-reads the rep's settings every pass).
    open_ended_hold_hours: int = Field(24, ge=1, le=168)


@rule(RULE, verdict=Verdict.DEFER, params=SenderAwayParams)
def sender_away(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: SenderAwayParams,
) -> list[Finding]:
    """The sender's own automatic replies are on, or scheduled over the planned time.

    Automated sequence steps are deferred to the end of the rep's time off: a reply
    would land in an empty inbox. A manual send gets a note only.
    """
    away = ctx.sender_away
    if away is None or not away.covers(send.planned_at):
        return []
    until = _until(away, ctx.now, params)
    if send.automated and until is not None and until > send.planned_at:
        cal = contact_calendar(ctx, params.hours)
        return [
            Finding(
                rule=RULE,
                verdict=Verdict.DEFER,
                severity="medium",
                message=(
                    f"{_whose(send, away)} a reply to this automated step would land "
                    f"in an empty inbox; deferred to {when(until, cal, ctx.contact)}."
                ),
                evidence=(_evidence(away),),
                deliver_after=until,
            )
        ]
    if send.automated:
        return []
    return [
        Finding(
            rule=RULE,
            verdict=Verdict.WARN,
            severity="low",
            message=(
                f"{_whose(send, away)} the contact's answer will wait for the return; "
                "mention who covers meanwhile."
            ),
            evidence=(_evidence(away),),
        )
    ]


def _until(
    away: SenderAway, now: datetime, params: SenderAwayParams
) -> datetime | None:
    if away.status == "scheduled":
        return away.ends_at
    return now + timedelta(hours=params.open_ended_hold_hours)


def _whose(send: PlannedSend, away: SenderAway) -> str:
    if away.status == "scheduled" and away.starts_at and away.ends_at:
        span = (
            f"from {away.starts_at:%a %d %b %H:%M} to {away.ends_at:%a %d %b %H:%M} UTC"
        )
        return f"{send.sender_email} has automatic replies scheduled {span}:"
    return f"{send.sender_email} has automatic replies on, with no end date:"


def _evidence(away: SenderAway) -> Evidence:
    text = away.message[:300] or f"automatic replies: {away.status}"
    return Evidence(source="sender", text=text)
