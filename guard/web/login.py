"""Signing in and out of the manager pages."""

from __future__ import annotations

from functools import partial

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from guard.db import write_session
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute, write
from guard.web.render import page, redirect
from guard.web.session import Form, WebSession, load_session, sign_in
from guard.web.sign_in import attempt
from guard.web.users import end_sessions

router = APIRouter(prefix="/ui", include_in_schema=False, route_class=UnitOfWorkRoute)


def _safe_next(target: str | None) -> str:
    # Only our own pages: an open redirect would make a phishing link look like ours.
    if target and target.startswith("/ui/") and not target.startswith("//"):
        return target
    return "/ui/queue"


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> HTMLResponse:
    return page(request, "login.html", {"next": _safe_next(next), "email": ""})


@router.post("/login", response_model=None)
async def login(request: Request, form: Form) -> HTMLResponse | RedirectResponse:
    email = form.get("email", "")
    target = _safe_next(form.get("next"))
    address = request.client.host if request.client else "unknown"
    tried = await attempt(state_of(request), email, form.get("password", ""), address)
    if tried.retry_after is not None:
        minutes = max(1, round(tried.retry_after / 60))
        error = f"Too many failed sign-ins. Try again in about {minutes} min."
        context = {"next": target, "email": email, "error": error}
        answer = page(request, "login.html", context, status=429)
        answer.headers["Retry-After"] = str(tried.retry_after)
        return answer
    if tried.user is None:
        context = {"next": target, "email": email, "error": "Wrong e-mail or password."}
        return page(request, "login.html", context, status=401)
    sign_in(load_session(request), tried.user)
    return redirect(request, target)


@router.post("/logout")
async def logout(request: Request, form: Form) -> RedirectResponse:
    """Sign out: the server ends every session of this user, so a copy of the cookie
    taken before is worthless too."""
    user_id = load_session(request).user_id
    if user_id is not None:
        db = write_session(state_of(request))
        await write(db, partial(end_sessions, db, user_id))
    request.state.web_session = WebSession()
    return redirect(request, "/ui/login", flash=("ok", "Signed out."))
