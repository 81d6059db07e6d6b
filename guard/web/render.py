"""Jinja2 rendering for the pages: autoescape always on, the session saved on the way
out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.templating import Jinja2Templates

from guard.web.session import WebSession, load_session, save_session

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"


def _age(at: datetime | None, now: datetime | None = None) -> str:
    """'3 h', '2 d': how long something has waited, as a manager reads it."""
    if at is None:
        return ""
    seconds = max(0, ((now or datetime.now(UTC)) - at).total_seconds())
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 48 * 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def _when(at: datetime | None, fmt: str = "%d %b %Y, %H:%M") -> str:
    if at is None:
        return ""
    return at.strftime(fmt)


def _environment() -> Environment:
    # Autoescape everywhere, whatever the file name: bodies come from strangers.
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["age"] = _age
    env.filters["when"] = _when
    env.filters["label"] = lambda s: str(s or "").replace("_", " ")
    return env


templates = Jinja2Templates(env=_environment())


def page(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status: int = 200,
    user: Any = None,
) -> HTMLResponse:
    session = load_session(request)
    base = {
        "user": user,
        "csrf_token": session.csrf,
        "flash": session.pop_flash(),
        "path": request.url.path,
    }
    response = templates.TemplateResponse(
        request, name, {**base, **(context or {})}, status_code=status
    )
    response.headers["Cache-Control"] = "no-store"
    save_session(request, response, session)
    return response


def redirect(
    request: Request, url: str, *, flash: tuple[str, str] | None = None
) -> RedirectResponse:
    """303 See Other after a form post, with a one-shot message for the next page."""
    session: WebSession = load_session(request)
    if flash:
        session.flash = {"kind": flash[0], "text": flash[1]}
    response = RedirectResponse(url, status_code=303)
    save_session(request, response, session)
    return response
