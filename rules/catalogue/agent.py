"""Agent rules: limits that only make sense for AI agents, who never tire."""

from __future__ import annotations

from pydantic import Field

from models.domain import ContactContext, Finding, MessageAnalysis, PlannedSend, Verdict
from rules.engine.common import contact_calendar, policy_evidence, when
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 120  # where the family stands in docs/rules.md


class AgentDailyCapParams(RuleParams):
    # None: no cap (the base pack); a pack's `agents:` section sets one.
    max_per_day: int | None = Field(default=None, ge=1, le=10000)


@rule("agent.daily_cap", verdict=Verdict.DEFER, params=AgentDailyCapParams)
def daily_cap(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: AgentDailyCapParams,
) -> list[Finding]:
    """An AI agent has already sent its daily cap of messages (to anyone) on the
    planned day, counted in the contact's time zone.

    Deferred to the next business day: an agent that never tires must not flood a
    market in one afternoon. Off unless a pack's `agents:` section sets `max_per_day`.
    """
    if send.agent_id is None or params.max_per_day is None:
        return []
    cal = contact_calendar(ctx, params.hours)
    day = cal.local_date(send.planned_at)
    sent = sum(1 for at in ctx.agent_sends if cal.local_date(at) == day)
    if sent < params.max_per_day:
        return []
    target = cal.open_on(cal.add_days(day, 1))
    return [
        Finding(
            rule="agent.daily_cap",
            verdict=Verdict.DEFER,
            severity="medium",
            message=(
                f"Agent {send.agent_id} has already sent {sent} messages on "
                f"{day:%a %d %b}, its cap of {params.max_per_day} a day; deferred "
                f"to {when(target, cal, ctx.contact)}."
            ),
            evidence=(
                policy_evidence(f"at most {params.max_per_day} a day per agent"),
            ),
            deliver_after=target,
        )
    ]
