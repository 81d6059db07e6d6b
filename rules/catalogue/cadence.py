"""Cadence rules: one ledger per person and per buying group, across channels."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from pydantic import Field
from rapidfuzz import fuzz

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
    local_day,
    merged_touches,
    policy_evidence,
    touch_evidence,
    touches_before,
    when,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 40  # where the family stands in docs/rules.md

# A touch this long before the send is never on the send's local day (UTC offsets lie
# within -12 h..+14 h): skip the time-zone conversion for it.
_NOT_TODAY = timedelta(days=3)


def _window(history: list[TouchRecord], at: datetime, days: int) -> list[TouchRecord]:
    """The touches in the rolling `days` window up to `at`, oldest first.

    `history` is newest first (`touches_before`), so the window is a prefix of it.
    """
    since = at - timedelta(days=days)
    count = 0
    for touch in history:
        if touch.sent_at <= since:
            break
        count += 1
    return history[count - 1 :: -1] if count else []


def _window_release(
    inside: list[TouchRecord], days: int, limit: int
) -> datetime | None:
    """When enough touches leave the window (`_window`) for one more to fit."""
    excess = len(inside) - limit + 1
    if excess <= 0:
        return None
    return inside[excess - 1].sent_at + timedelta(days=days)


def _window_text(
    inside: list[TouchRecord],
    at: datetime,
    days: int,
    limit: int,
    cal: ContactCalendar,
) -> str:
    """'2 touches in the 30 days up to Mon 30 Nov (email Sat 14 Nov, email Mon 23
    Nov; limit 2)': the evidence in the sentence, not only in the evidence list."""
    listed = ", ".join(
        [
            f"{t.channel} {local_day(t.sent_at, cal)}"
            f"{_NOT_CONFIRMED if t.provisional else ''}"
            for t in inside
        ]
    )
    return (
        f"{len(inside)} touch(es) in the {days} days up to "
        f"{local_day(at, cal)} ({listed}; limit {limit})"
    )


# A touch a check allowed that the CRM has not confirmed yet says so: it counts until it
# expires, and the rep may know it never went out.
_NOT_CONFIRMED = ", not yet confirmed as sent"


def _unconfirmed(touch: TouchRecord) -> str:
    return _NOT_CONFIRMED if touch.provisional else ""


def _defer(
    rule_id: str,
    reasons: list[tuple[datetime, str]],
    evidence: Iterable[TouchRecord],
    ctx: ContactContext,
    cal: ContactCalendar,
) -> list[Finding]:
    if not reasons:
        return []
    target = max(at for at, _ in reasons)
    why = "; ".join(text for _, text in reasons)
    return [
        Finding(
            rule=rule_id,
            verdict=Verdict.DEFER,
            message=f"{why}; deferred to {when(target, cal, ctx.contact)}.",
            evidence=tuple(touch_evidence(t) for t in evidence),
            deliver_after=target,
        )
    ]


class CadenceContactParams(RuleParams):
    max_per_7_days: int = Field(default=3, ge=1)
    max_per_30_days: int = Field(default=6, ge=1)
    min_gap_business_days: int = Field(default=2, ge=0, le=30)


@rule("cadence.contact", verdict=Verdict.DEFER, params=CadenceContactParams)
def cadence_contact(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: CadenceContactParams,
) -> list[Finding]:
    """Touches to this contact, across all channels and senders, would exceed a limit.

    Limits: 3 touches per rolling 7 days, 6 per 30 days, and at least 2 business days
    between touches. The send is deferred to the earliest time every limit allows.
    """
    cal = contact_calendar(ctx, params.hours)
    history = touches_before(ctx.touches, send.planned_at)
    name = ctx.contact.display_name
    reasons: list[tuple[datetime, str]] = []
    for days, limit in ((7, params.max_per_7_days), (30, params.max_per_30_days)):
        inside = _window(history, send.planned_at, days)
        release = _window_release(inside, days, limit)
        if release is not None:
            window = _window_text(inside, send.planned_at, days, limit, cal)
            reasons.append((release, f"{name} already has {window}"))
    if history and params.min_gap_business_days:
        last_on = cal.local_date(history[0].sent_at)
        gap = cal.days_between(last_on, cal.local_date(send.planned_at))
        if gap < params.min_gap_business_days:
            target = cal.open_on(cal.add_days(last_on, params.min_gap_business_days))
            reasons.append(
                (
                    target,
                    f"{name} was last contacted on {day(last_on)} "
                    f"({history[0].channel}, {history[0].sender_email}"
                    f"{_unconfirmed(history[0])}); keep "
                    f"{params.min_gap_business_days} business days between touches",
                )
            )
    return _defer("cadence.contact", reasons, history[:3], ctx, cal)


class CadenceAccountParams(RuleParams):
    max_per_7_days: int = Field(default=10, ge=1)
    max_contacts_per_day: int = Field(default=3, ge=1)


@rule("cadence.account", verdict=Verdict.DEFER, params=CadenceAccountParams)
def cadence_account(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: CadenceAccountParams,
) -> list[Finding]:
    """Touches to the account's buying group would exceed its limits.

    Limits: 10 touches to the group per rolling 7 days, and 3 distinct people a day;
    flooding a buying group makes the whole account tune out.
    """
    cal = contact_calendar(ctx, params.hours)
    merged = merged_touches(ctx.account_touches, ctx.touches)
    history = touches_before(merged, send.planned_at)
    account = ctx.account.name if ctx.account else "this account"
    reasons: list[tuple[datetime, str]] = []
    inside = _window(history, send.planned_at, 7)
    release = _window_release(inside, 7, params.max_per_7_days)
    if release is not None:
        window = _window_text(inside, send.planned_at, 7, params.max_per_7_days, cal)
        reasons.append((release, f"{account} already has {window}"))
    today = cal.local_date(send.planned_at)
    recent = send.planned_at - _NOT_TODAY
    people: set[int] = set()
    for touch in history:  # newest first: the rest are too old to be today
        if touch.sent_at <= recent:
            break
        if cal.local_date(touch.sent_at) == today:
            people.add(touch.contact_id)
    if ctx.contact.id not in people and len(people) >= params.max_contacts_per_day:
        reasons.append(
            (
                cal.open_on(today + timedelta(days=1)),
                f"{len(people)} people at {account} were already contacted on "
                f"{day(today)} (limit {params.max_contacts_per_day} a day)",
            )
        )
    return _defer("cadence.account", reasons, history[:3], ctx, cal)


def _normal(text: str) -> str:
    return " ".join(text.casefold().split())


class CadenceDuplicateParams(RuleParams):
    min_similarity: float = Field(default=90.0, ge=50.0, le=100.0)
    channel_window_hours: int = Field(default=24, ge=1, le=168)
    min_length: int = Field(default=40, ge=0)


@rule("cadence.duplicate", verdict=Verdict.BLOCK, params=CadenceDuplicateParams)
def cadence_duplicate(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: CadenceDuplicateParams,
) -> list[Finding]:
    """Substantially the same message already went out: to this contact on another
    channel within 24 hours, or to another member of the buying group the same day.

    Email plus LinkedIn with the same text reads as a machine; so does one text sent to
    the whole buying group.
    """
    cal = contact_calendar(ctx, params.hours)
    window = timedelta(hours=params.channel_window_hours)
    today = cal.local_date(send.planned_at)
    others = {m.person.id: m.person.display_name for m in ctx.group}
    candidates = [
        (t, f"{ctx.contact.display_name} by {t.channel}")
        for t in touches_before(ctx.touches, send.planned_at)
        if t.channel != send.channel and send.planned_at - t.sent_at <= window
    ] + [
        (t, others.get(t.contact_id, "another member of the buying group"))
        for t in touches_before(ctx.account_touches, send.planned_at)
        if t.contact_id != ctx.contact.id
        and t.sent_at > send.planned_at - _NOT_TODAY
        and cal.local_date(t.sent_at) == today
    ]
    if not candidates:
        return []  # the usual case: skip normalising the whole message
    text = _normal(analysis.text or send.body)
    if len(text) < params.min_length:
        return []
    for touch, who in candidates:
        score = fuzz.ratio(
            text, _normal(touch.body), score_cutoff=params.min_similarity
        )
        if score:
            return [
                Finding(
                    rule="cadence.duplicate",
                    verdict=Verdict.BLOCK,
                    message=(
                        f"Almost the same message ({score:.0f}% alike) already reached "
                        f"{who} on {when(touch.sent_at, cal, ctx.contact)}; send one "
                        f"message, not copies."
                    ),
                    evidence=(
                        touch_evidence(touch),
                        policy_evidence(f"similarity ≥ {params.min_similarity:.0f}%"),
                    ),
                )
            ]
    return []
