"""Out-of-office rules: never send into an absence, nor pile on at the return."""

from __future__ import annotations

from datetime import date, timedelta

from pydantic import Field

from models.domain import (
    AbsenceRecord,
    ContactContext,
    Finding,
    InboundRecord,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)
from rules.engine.common import (
    absence_evidence,
    absence_source,
    contact_calendar,
    day,
    inbound_evidence,
    intent_evidence,
    when,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 10  # where the family stands in docs/rules.md


def first_day_back(absence: AbsenceRecord) -> date | None:
    if absence.returns_on is not None:
        return absence.returns_on
    if absence.last_day_away is not None:
        return absence.last_day_away + timedelta(days=1)
    return None


def away_on(
    ctx: ContactContext, on: date, min_confidence: float = 0.0
) -> AbsenceRecord | None:
    """The absence covering `on` that lasts longest, if any."""
    covering = [
        a
        for a in ctx.absences
        if a.confidence >= min_confidence
        and (back := first_day_back(a)) is not None
        and on < back
        and (a.starts_on is None or a.starts_on <= on)
    ]
    return max(covering, key=lambda a: (first_day_back(a), a.id), default=None)


class OooActiveParams(RuleParams):
    buffer_business_days: int = Field(default=1, ge=0, le=10)
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)


@rule("ooo.active", verdict=Verdict.DEFER, params=OooActiveParams)
def ooo_active(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: OooActiveParams,
) -> list[Finding]:
    """The contact is out of the office at the planned time.

    Sending into an absence is noise: the message is deferred to the first day back
    plus a buffer of business days (default 1), at the start of business hours in the
    contact's time zone.
    """
    cal = contact_calendar(ctx, params.hours)
    absence = away_on(ctx, cal.local_date(send.planned_at), params.min_confidence)
    if absence is None:
        return []
    back = first_day_back(absence)
    assert back is not None  # away_on only returns absences with a return day
    target = cal.open_on(cal.add_days(back, params.buffer_business_days))
    person = ctx.contact
    return [
        Finding(
            rule="ooo.active",
            verdict=Verdict.DEFER,
            severity="high",
            message=(
                f"{person.display_name} is out of the office until {day(back)} "
                f"({absence_source(absence, cal)}); deferred to "
                f"{when(target, cal, person)}."
            ),
            evidence=(absence_evidence(absence),),
            deliver_after=target,
        )
    ]


_PUSHY = ("bump", "check_in", "meeting_request", "scheduling_push")


class OooReturningParams(RuleParams):
    catch_up_business_days: int = Field(default=2, ge=1, le=10)
    intents: tuple[str, ...] = _PUSHY


@rule("ooo.returning", verdict=Verdict.DEFER, params=OooReturningParams)
def ooo_returning(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: OooReturningParams,
) -> list[Finding]:
    """The contact came back from an absence fewer than N business days ago (default 2).

    Bumps, check-ins, meeting requests and scheduling pushes wait until the end of the
    catch-up window: nobody wants a pile of nudges on their first morning back.
    """
    if not (analysis.is_bump or analysis.has(*params.intents)):
        return []
    cal = contact_calendar(ctx, params.hours)
    planned = cal.local_date(send.planned_at)
    for absence in ctx.absences:
        back = first_day_back(absence)
        if back is None or back > planned:
            continue
        if cal.days_between(back, planned) >= params.catch_up_business_days:
            continue
        target = cal.open_on(cal.add_days(back, params.catch_up_business_days))
        return [
            Finding(
                rule="ooo.returning",
                verdict=Verdict.DEFER,
                message=(
                    f"{ctx.contact.display_name} is back from an absence since "
                    f"{day(back)} and is catching up; this follow-up waits until "
                    f"{when(target, cal, ctx.contact)}."
                ),
                evidence=(
                    absence_evidence(absence),
                    *intent_evidence(analysis, "bump", *params.intents),
                ),
                deliver_after=target,
            )
        ]
    return []


def _auto_reply_to(
    ctx: ContactContext, absence: AbsenceRecord, sender: str
) -> InboundRecord | None:
    for record in ctx.inbound:
        same_absence = (
            record.absence_id == absence.id or absence.inbound_id == record.id
        )
        to_sender = (record.to_email or "").casefold() == sender.casefold()
        if record.kind == "ooo" and same_absence and to_sender:
            return record
    return None


class OooPressedParams(RuleParams):
    intents: tuple[str, ...] = ("bump", "check_in")


@rule("ooo.pressed", verdict=Verdict.BLOCK, params=OooPressedParams)
def ooo_pressed(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: OooPressedParams,
) -> list[Finding]:
    """A bump or check-in after the sender already received the contact's auto-reply.

    "Bumping to the top of the inbox" after a clear out-of-office message is what buyers
    resent most; it goes to a manager for review.
    """
    if not (analysis.is_bump or analysis.has(*params.intents)):
        return []
    cal = contact_calendar(ctx, params.hours)
    absence = away_on(ctx, cal.local_date(send.planned_at)) or away_on(
        ctx, cal.local_date(ctx.now)
    )
    reply = absence and _auto_reply_to(ctx, absence, send.sender_email)
    if absence is None or reply is None:
        return []
    back = first_day_back(absence)
    return [
        Finding(
            rule="ooo.pressed",
            verdict=Verdict.BLOCK,
            severity="high",
            message=(
                f"{send.sender_email} already received {ctx.contact.display_name}'s "
                f"auto-reply on {day(cal.local_date(reply.received_at))} "
                f"(away until {day(back) if back else 'further notice'}); "
                f"a bump now only presses the inbox. Held for review."
            ),
            evidence=(
                inbound_evidence(reply),
                *intent_evidence(analysis, "bump", *params.intents),
            ),
        )
    ]


class OooAlternateParams(RuleParams):
    only_group_members: bool = False


@rule("ooo.alternate", verdict=Verdict.WARN, params=OooAlternateParams)
def ooo_alternate(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: OooAlternateParams,
) -> list[Finding]:
    """The contact is away and their auto-reply names someone to contact instead.

    Use the reply's content, not only its date: the named colleague may move things
    forward now (better still when they are already in the buying group).
    """
    cal = contact_calendar(ctx, params.hours)
    absence = away_on(ctx, cal.local_date(send.planned_at))
    if absence is None or not absence.alternate_contacts:
        return []
    found: list[str] = []
    for alt in absence.alternate_contacts:
        member = _group_member(ctx, alt.email, alt.name)
        if member is not None:
            found.append(f"{member} (in the buying group)")
        elif not params.only_group_members:
            found.append(alt.name or alt.email or "a colleague")
    if not found:
        return []
    return [
        Finding(
            rule="ooo.alternate",
            verdict=Verdict.WARN,
            severity="low",
            message=(
                f"{ctx.contact.display_name}'s auto-reply names {' or '.join(found)} "
                f"as the contact while away; consider writing to them instead."
            ),
            evidence=(absence_evidence(absence),),
        )
    ]


def _group_member(
    ctx: ContactContext, email: str | None, name: str | None
) -> str | None:
    for member in ctx.group:
        person = member.person
        if email and person.email.casefold() == email.casefold():
            return person.display_name
        if name and person.display_name.casefold() == name.strip().casefold():
            return person.display_name
    return None
