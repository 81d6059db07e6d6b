"""Timing rule: messages arrive in the contact's business hours, never at 3 am."""

from __future__ import annotations

from models.domain import (
    CHANNELS,
    ContactContext,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)
from rules.engine.calendar import ContactCalendar, holiday_name
from rules.engine.common import contact_calendar, policy_evidence, when
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 100  # where the family stands in docs/rules.md


class QuietHoursParams(RuleParams):
    channels: tuple[str, ...] = CHANNELS


def _why_closed(send: PlannedSend, cal: ContactCalendar) -> str:
    local = cal.local(send.planned_at)
    holiday = holiday_name(local.date(), country=cal.country)
    if local.weekday() in cal.hours.weekend:
        return "on a weekend"
    if holiday:
        return f"on a public holiday ({holiday}, {cal.country})"
    if local.time() < cal.hours.start:
        return f"before {cal.hours.start:%H:%M}"
    return f"after {cal.hours.end:%H:%M}"


@rule("timing.quiet_hours", verdict=Verdict.DEFER, params=QuietHoursParams)
def quiet_hours(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: QuietHoursParams,
) -> list[Finding]:
    """The planned time is outside the contact's business hours (default 08:00–18:00 in
    their time zone), on a weekend or on a public holiday of their country.

    Deferred to the next business window: no 3 am sends.
    """
    if send.channel not in params.channels:
        return []
    cal = contact_calendar(ctx, params.hours)
    if cal.is_open(send.planned_at):
        return []
    target = cal.next_open(send.planned_at)
    person = ctx.contact
    return [
        Finding(
            rule="timing.quiet_hours",
            verdict=Verdict.DEFER,
            severity="low",
            message=(
                f"Planned for {when(send.planned_at, cal, person)}, "
                f"{_why_closed(send, cal)}; deferred to {when(target, cal, person)}."
            ),
            evidence=(
                policy_evidence(
                    f"business hours {cal.hours.start:%H:%M}–{cal.hours.end:%H:%M} "
                    f"{cal.tz_name}"
                ),
            ),
            deliver_after=target,
        )
    ]
