"""The agents page: each AI agent's record, and the form that changes its level."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from guard.agents import service, stats
from guard.db import DbSession
from guard.errors import GuardError
from guard.reviews.queries import reviewer_for_user
from guard.unit_of_work import UnitOfWorkRoute
from guard.web.render import page, redirect
from guard.web.session import Form, WebUser
from models import AGENT_LEVELS

router = APIRouter(prefix="/ui", include_in_schema=False, route_class=UnitOfWorkRoute)


@router.get("/agents", response_class=HTMLResponse)
def agents(request: Request, db: DbSession, user: WebUser) -> HTMLResponse:
    rows = service.agent_rows(db, user.role, user.team_id)
    context = {
        "agents": [
            (stats.agent_stats(db, row), service.history(db, row.agent_id))
            for row in rows
        ],
        "levels": AGENT_LEVELS,
        "promotion_after": stats.PROMOTION_AFTER,
    }
    return page(request, "agents.html", context, user=user)


@router.post("/agents/{agent_id}/level")
def set_level(
    request: Request, agent_id: str, db: DbSession, user: WebUser, form: Form
) -> RedirectResponse:
    actor = reviewer_for_user(db, user).actor
    try:
        row = service.find_agent(db, agent_id)
        service.refuse_other_team(user.role, user.team_id, row)
        changed = service.change_level(
            db,
            row,
            form.get("level", ""),
            actor=actor,
            reason=form.get("reason", "").strip(),
            now=datetime.now(UTC),
        )
    except GuardError as exc:
        db.rollback()
        return redirect(request, "/ui/agents", flash=("error", exc.detail))
    text = f"{agent_id} is now {row.level}." if changed else f"{agent_id} unchanged."
    return redirect(request, "/ui/agents", flash=("ok", text))
