"""Signed session cookies, CSRF tokens and the signed-in user for the /ui pages.

The cookie holds only the user id, a CSRF token and a one-shot flash message, signed
with settings.secret_key (itsdangerous) and sent HttpOnly, SameSite=Lax: a script cannot
read it and another site's form post does not carry it. Every form also carries the
CSRF token, compared in constant time with the one in the cookie.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from typing import Annotated, Any

from fastapi import Depends, Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from guard.inputs import has_nul
from guard.state import state_of
from models import User

COOKIE = "guard_session"
_SALT = "guard.web.session"


class SignInRequired(Exception):
    """No valid session: the page answers with a redirect to /ui/login."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


class CsrfRejected(Exception):
    """A form without the session's CSRF token: refused with 403."""


class FormRefused(Exception):
    """A form field holds a NUL character (PostgreSQL refuses it): refused with 422."""


@dataclass
class WebSession:
    user_id: int | None = None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    flash: dict[str, str] | None = None
    # The user's session_epoch at sign-in: sign-out raises it server-side, so a copy
    # of this cookie taken earlier no longer signs anyone in.
    epoch: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "uid": self.user_id,
            "csrf": self.csrf,
            "flash": self.flash,
            "ep": self.epoch,
        }

    def pop_flash(self) -> dict[str, str] | None:
        flash, self.flash = self.flash, None
        return flash


def _serializer(request: Request) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(state_of(request).settings.secret_key, salt=_SALT)


def load_session(request: Request) -> WebSession:
    """The request's session (a fresh one if the cookie is missing, forged or old)."""
    cached = getattr(request.state, "web_session", None)
    if cached is not None:
        return cached
    session = WebSession()
    raw = request.cookies.get(COOKIE)
    if raw:
        max_age = state_of(request).settings.session_max_age_seconds
        try:
            data = _serializer(request).loads(raw, max_age=max_age)
            session = WebSession(
                data.get("uid"), data["csrf"], data.get("flash"), int(data.get("ep", 0))
            )
        except (BadSignature, KeyError, TypeError, AttributeError, ValueError):
            pass
    request.state.web_session = session
    return session


def save_session(request: Request, response: Response, session: WebSession) -> None:
    settings = state_of(request).settings
    response.set_cookie(
        COOKIE,
        _serializer(request).dumps(session.to_dict()),
        max_age=settings.session_max_age_seconds,
        httponly=True,
        samesite="lax",
        secure=settings.env == "production",
        path="/ui",
    )


def current_user(request: Request) -> User:
    """The signed-in user, read in a short session of its own (never the request's
    write session, which must begin inside its unit of work)."""
    session = load_session(request)
    user = None
    if session.user_id:
        with state_of(request).read_sessionmaker() as db:
            user = db.get(User, session.user_id)
    if user is None or user.session_epoch != session.epoch:
        raise SignInRequired(request.url.path)
    return user


WebUser = Annotated[User, Depends(current_user)]


async def checked_form(request: Request) -> dict[str, str]:
    """The posted form, after its CSRF token matched the session's."""
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    sent = fields.pop("csrf_token", "")
    expected = load_session(request).csrf
    if not sent or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise CsrfRejected()
    if has_nul(fields):
        raise FormRefused()
    return fields


Form = Annotated[dict[str, str], Depends(checked_form)]


def sign_in(session: WebSession, user: User) -> None:
    session.user_id = user.id
    session.epoch = user.session_epoch
    # A new token at sign-in: one planted before it (session fixation) is worthless.
    session.csrf = secrets.token_urlsafe(32)
