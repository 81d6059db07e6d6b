"""The manager pages under /ui: server-rendered, no JavaScript needed."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from guard.web import agents, contacts, dashboard, login, reviews
from guard.web.render import STATIC_DIR, page
from guard.web.session import CsrfRejected, FormRefused, SignInRequired


async def _sign_in(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SignInRequired)
    return RedirectResponse(f"/ui/login?next={quote(exc.next_path)}", status_code=303)


async def _csrf(request: Request, exc: Exception) -> HTMLResponse:
    message = (
        "This form has expired or did not come from this site. "
        "Go back, reload the page and try again."
    )
    return page(
        request, "error.html", {"title": "Form refused", "message": message}, status=403
    )


async def _nul(request: Request, exc: Exception) -> HTMLResponse:
    message = "The form contains a NUL character. Go back, remove it and try again."
    context = {"title": "Form refused", "message": message}
    return page(request, "error.html", context, status=422)


def install(app: FastAPI) -> None:
    """Mount the pages, their static files and their error pages on `app`."""
    for module in (login, reviews, dashboard, contacts, agents):
        app.include_router(module.router)
    app.mount("/ui/static", StaticFiles(directory=STATIC_DIR), name="ui-static")
    app.add_exception_handler(SignInRequired, _sign_in)
    app.add_exception_handler(CsrfRejected, _csrf)
    app.add_exception_handler(FormRefused, _nul)
