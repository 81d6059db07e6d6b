"""Signing in and out of the manager pages."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from guard.db import DbSession
from guard.unit_of_work import UnitOfWorkRoute
from guard.web.render import page, redirect
from guard.web.session import Form, WebSession, load_session, sign_in
from guard.web.users import authenticate

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
def login(
    request: Request, db: DbSession, form: Form
) -> HTMLResponse | RedirectResponse:
    email = form.get("email", "")
    user = authenticate(db, email, form.get("password", ""))
    target = _safe_next(form.get("next"))
    if user is None:
        context = {"next": target, "email": email, "error": "Wrong e-mail or password."}
        return page(request, "login.html", context, status=401)
    sign_in(load_session(request), user)
    return redirect(request, target)


@router.post("/logout")
def logout(request: Request, form: Form) -> RedirectResponse:
    request.state.web_session = WebSession()
    return redirect(request, "/ui/login", flash=("ok", "Signed out."))
