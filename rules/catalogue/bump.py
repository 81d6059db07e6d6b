"""The bump rule: a nudge with no new value, sent too soon or twice in a row."""

from __future__ import annotations

from pydantic import Field

from models.domain import (
    ContactContext,
    Finding,
    MessageAnalysis,
    PlannedSend,
    TouchRecord,
    Verdict,
)
from rules.engine.calendar import ContactCalendar
from rules.engine.common import (
    contact_calendar,
    day,
    human_replies,
    intent_evidence,
    replied_after,
    touch_evidence,
    touches_before,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 30  # where the family stands in docs/rules.md


class BumpPrematureParams(RuleParams):
    min_business_days: int = Field(default=3, ge=1, le=30)
    block_second_bump: bool = True
    # True: every bump is premature, however long the wait (a pack's `agents:` use).
    never: bool = False
    # The unsure band of the bump model's calibrated probability: from `may_be_bump`
    # up to `confident_bump` the rule only warns ("may be a bump"), never rewrites.
    may_be_bump: float = Field(default=0.35, ge=0.0, le=1.0)
    confident_bump: float = Field(default=0.8, ge=0.0, le=1.0)


@rule("bump.premature", verdict=Verdict.REWRITE, params=BumpPrematureParams)
def bump_premature(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: BumpPrematureParams,
) -> list[Finding]:
    """A bump (a nudge with no new value) sent too soon, or the second in a row.

    Fires when the last touch has been unanswered for fewer than N business days
    (default 3), or when a bump already went out since the contact's last reply. The
    message is rewritten into a value follow-up with content suggestions; when no
    rewrite is possible it is blocked.
    """
    strength = _strength(analysis, params)
    if strength is None:
        return []
    cal = contact_calendar(ctx, params.hours)
    history = touches_before(ctx.touches, send.planned_at)
    if params.never and strength == "bump":
        return [_bump_finding(ctx, analysis, "this policy allows no bumps at all")]
    reason = _too_soon(send, ctx, history, cal, params)
    if reason is None and params.block_second_bump:
        reason = _second_bump(ctx, history, cal)
    if reason is None:
        return []
    text, touch = reason
    name = ctx.contact.display_name
    if strength == "unsupported":
        return [_unsupported(analysis, name, text, touch)]
    if strength == "unsure":
        return [_unsure(analysis, name, text, touch)]
    return [_bump_finding(ctx, analysis, text, touch)]


def _bump_finding(
    ctx: ContactContext,
    analysis: MessageAnalysis,
    text: str,
    touch: TouchRecord | None = None,
) -> Finding:
    cited = (touch_evidence(touch),) if touch is not None else ()
    return Finding(
        rule="bump.premature",
        verdict=Verdict.REWRITE,
        severity="high",
        message=(
            f"This message to {ctx.contact.display_name} is a bump with no new "
            f"value: {text}. Offer something useful instead."
        ),
        evidence=(*intent_evidence(analysis, "bump", "check_in"), *cited),
    )


def _strength(analysis: MessageAnalysis, params: BumpPrematureParams) -> str | None:
    """ "bump" (act), "unsure" (warn), "unsupported" (note) or None (not a bump)."""
    if analysis.language_unsupported:
        return "unsupported"
    p = analysis.bump_probability
    if p is None:  # decided without a probability (lexicon on templates): act
        return "bump" if analysis.is_bump else None
    if analysis.is_bump and p >= params.confident_bump:
        return "bump"
    if analysis.is_bump or p >= params.may_be_bump:
        return "unsure"
    return None


def _unsure(
    analysis: MessageAnalysis, name: str, text: str, touch: TouchRecord
) -> Finding:
    percent = round((analysis.bump_probability or 0.0) * 100)
    return Finding(
        rule="bump.premature",
        verdict=Verdict.WARN,
        severity="medium",
        message=(
            f"This message to {name} may be a bump with no new value ({percent}% "
            f"likely): {text}. Check that it offers something new."
        ),
        evidence=(
            *intent_evidence(analysis, "bump", "check_in"),
            touch_evidence(touch),
        ),
    )


def _unsupported(
    analysis: MessageAnalysis, name: str, text: str, touch: TouchRecord
) -> Finding:
    return Finding(
        rule="bump.premature",
        verdict=Verdict.WARN,
        severity="low",
        message=(
            f"The guard cannot tell whether this message to {name} is a bump: it is "
            f"written in a language it does not know ({analysis.language}), and "
            f"{text}. If it only nudges, wait or add something new."
        ),
        evidence=(touch_evidence(touch),),
    )


def _too_soon(
    send: PlannedSend,
    ctx: ContactContext,
    history: list[TouchRecord],
    cal: ContactCalendar,
    params: BumpPrematureParams,
) -> tuple[str, TouchRecord] | None:
    if not history or replied_after(ctx, history[0].sent_at):
        return None
    last = history[0]
    sent_on = cal.local_date(last.sent_at)
    waited = cal.days_between(sent_on, cal.local_date(send.planned_at))
    if waited >= params.min_business_days:
        return None
    return (
        f"the {last.channel} of {day(sent_on)} by {last.sender_email} has been "
        f"unanswered for only {max(waited, 0)} business day(s); wait at least "
        f"{params.min_business_days}",
        last,
    )


def _second_bump(
    ctx: ContactContext, history: list[TouchRecord], cal: ContactCalendar
) -> tuple[str, TouchRecord] | None:
    replies = human_replies(ctx)
    since = replies[0].received_at if replies else None
    earlier = next(
        (t for t in history if t.is_bump and (since is None or t.sent_at > since)), None
    )
    if earlier is None:
        return None
    return (
        f"it would be the second bump in a row without a reply (the previous one went "
        f"out on {day(cal.local_date(earlier.sent_at))})",
        earlier,
    )
