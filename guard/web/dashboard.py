"""The dashboard (what the guard prevents, which rules get overridden) and the policy
page."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from guard.agents.service import agent_rows
from guard.agents.stats import agent_stats
from guard.db import DbSession
from guard.reviews.queries import reviewer_for_user
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute
from guard.web import charts, stats
from guard.web.render import page
from guard.web.session import WebUser
from rules.engine.registry import RULES, load_rules

router = APIRouter(prefix="/ui", include_in_schema=False, route_class=UnitOfWorkRoute)
DAYS = 21


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard(request: Request, db: DbSession, user: WebUser) -> HTMLResponse:
    reviewer = reviewer_for_user(db, user)
    since = stats.window(DAYS)
    days = stats.per_day(db, reviewer, since, DAYS)
    rules = stats.rule_counts(db, reviewer, since)[:8]
    rates = stats.override_by_rule(db, reviewer, since)
    senders = stats.by_sender(db, reviewer, since)
    totals = stats.prevented(db, reviewer, since)
    decided = sum(r.decided for r in rates)
    context: dict[str, Any] = {
        "days": DAYS,
        "totals": totals,
        "override_percent": round(100 * sum(r.overridden for r in rates) / decided)
        if decided
        else 0,
        "per_day": charts.stacked_days(days, stats.VERDICTS),
        "legend": charts.COLOURS,
        "top_rules": charts.bars([charts.Bar(r, n, str(n)) for r, n in rules]),
        "override_rules": charts.bars([_rate_bar(r) for r in rates], maximum=100)
        if rates
        else None,
        "senders": senders,
        "away": stats.reps_away(db, reviewer, datetime.now(UTC)),
        "scope": reviewer.team if reviewer.role != "admin" else "all teams",
        "agents": [
            agent_stats(db, row) for row in agent_rows(db, user.role, user.team_id)
        ],
    }
    return page(request, "dashboard.html", context, user=user)


def _rate_bar(rate: stats.Rate) -> charts.Bar:
    # Red when managers disagree with the rule most of the time: the rule needs tuning.
    fill = (
        "#d4483b"
        if rate.percent >= 50
        else "#d9a21b"
        if rate.percent >= 25
        else "#2e9e6b"
    )
    text = f"{rate.percent}% of {rate.decided}"
    return charts.Bar(rate.name, rate.percent, text, fill)


@router.get("/policy", response_class=HTMLResponse)
def policy(request: Request, db: DbSession, user: WebUser) -> HTMLResponse:
    reviewer = reviewer_for_user(db, user)
    pack = state_of(request).policy.pack
    team = reviewer.team if reviewer.team in pack.teams else None
    load_rules()
    rates = {r.name: r for r in stats.override_by_rule(db, reviewer)}
    enabled = set(pack.enabled_rules(team))
    rows = [
        {
            "id": rule_id,
            "enabled": rule_id in enabled,
            "verdict": pack.verdict_for(rule_id, team).value,
            "summary": spec.summary,
            "description": spec.description.split("\n", 1)[1].strip()
            if "\n" in spec.description
            else "",
            "params": pack.params_for(rule_id, team).model_dump(mode="json"),
            "required": spec.required,
            "rate": rates.get(rule_id),
        }
        for rule_id, spec in RULES.items()
        if rule_id in pack.settings
    ]
    context = {"pack": pack, "team": team, "rows": rows}
    return page(request, "policy.html", context, user=user)
