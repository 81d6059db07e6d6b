"""Buying-group rules: start where purchases start, and don't step on a colleague."""

from __future__ import annotations

from datetime import timedelta
from itertools import takewhile

from pydantic import Field

from models.domain import (
    ContactContext,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)
from rules.engine.common import (
    contact_calendar,
    day,
    engaged,
    merged_touches,
    names,
    policy_evidence,
    touch_evidence,
    touches_before,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 70  # where the family stands in docs/rules.md


class EntryPointParams(RuleParams):
    max_suggestions: int = Field(default=3, ge=1, le=10)


@rule("buying_group.entry_point", verdict=Verdict.WARN, params=EntryPointParams)
def entry_point(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: EntryPointParams,
) -> list[Finding]:
    """Cold outreach to a buying-group member who is not an entry point, while no
    entry-point member has engaged yet.

    The executive is a bottleneck, not the starting point: the people who research are
    rarely the people who sign. Suggests the entry-point members by name.
    """
    person = ctx.contact
    if person.entry_point or engaged(ctx):
        return []
    if any(m.engaged and m.person.entry_point for m in ctx.group):
        return []
    framework = params.framework
    starts = [
        m.person for m in ctx.group if m.person.entry_point and m.person.id != person.id
    ]
    starts = starts[: params.max_suggestions]
    account = ctx.account.name if ctx.account else "the account"
    advice = (
        "start with " + names(starts).replace(" and ", " or ")
        if starts
        else "add an entry-point member to the buying group first"
    )
    role = framework.position_label(person.position)
    return [
        Finding(
            rule="buying_group.entry_point",
            verdict=Verdict.WARN,
            message=(
                f"{person.display_name} ({role}) is not an entry point at {account} "
                f"and no entry-point member has engaged yet; {advice}."
            ),
            evidence=(policy_evidence(f"{person.display_name}: entry_point = false"),),
        )
    ]


class OwnerConflictParams(RuleParams):
    active_days: int = Field(default=14, ge=1, le=120)


@rule("buying_group.owner_conflict", verdict=Verdict.WARN, params=OwnerConflictParams)
def owner_conflict(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: OwnerConflictParams,
) -> list[Finding]:
    """Another sender has an active conversation with this account (a touch to anyone
    in the buying group within the last N days, default 14).

    Reps stepping on each other confuse the buyer; agree who leads first.
    """
    me = send.sender_email.casefold()
    since = send.planned_at - timedelta(days=params.active_days)
    history = touches_before(
        merged_touches(ctx.account_touches, ctx.touches), send.planned_at
    )
    # Newest first: the active window is a prefix, and only its newest touch counts.
    active = takewhile(lambda t: t.sent_at > since, history)
    last = next((t for t in active if t.sender_email.casefold() != me), None)
    if last is None:
        return []
    people = {m.person.id: m.person.display_name for m in ctx.group}
    people[ctx.contact.id] = ctx.contact.display_name
    cal = contact_calendar(ctx, params.hours)
    account = ctx.account.name if ctx.account else "this account"
    return [
        Finding(
            rule="buying_group.owner_conflict",
            verdict=Verdict.WARN,
            severity="low",
            message=(
                f"{last.sender_email} is in an active conversation with {account} "
                f"(last touch to {people.get(last.contact_id, 'a group member')} on "
                f"{day(cal.local_date(last.sent_at))}); agree who leads before writing."
            ),
            evidence=(touch_evidence(last),),
        )
    ]
