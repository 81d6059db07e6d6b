"""Typed errors that carry their HTTP status, rendered as RFC 9457 problem+json."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

PROBLEM_JSON = "application/problem+json"
_TYPE_BASE = "https://cadence-guard.dev/problems/"
log = logging.getLogger("guard.errors")


class GuardError(Exception):
    status: int = 400
    type: str = "bad-request"
    title: str = "Bad request"
    retry_after: int | None = None  # seconds, sent as Retry-After

    def __init__(self, detail: str, **extra: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extra = extra


class NotFound(GuardError):
    status, type, title = 404, "not-found", "Not found"


class ContactNotFound(NotFound):
    type, title = "contact-not-found", "Contact not found"


class Conflict(GuardError):
    status, type, title = 409, "conflict", "Conflict"


class PayloadTooLarge(GuardError):
    status, type, title = 413, "payload-too-large", "Payload too large"


class InvalidInput(GuardError):
    status, type, title = 422, "invalid-input", "Invalid input"

    def __init__(self, detail: str, *, field: str, **extra: Any) -> None:
        super().__init__(detail, errors=[{"field": field, "message": detail}], **extra)


class ValidationFailed(GuardError):
    """The same problem as a 422 from request validation, for one item of a batch."""

    status, type, title = 422, "validation", "Invalid request"


class Unauthorized(GuardError):
    status, type, title = 401, "unauthorized", "Unauthorized"


class Forbidden(GuardError):
    status, type, title = 403, "forbidden", "Forbidden"


class Busy(GuardError):
    """Other writes kept the database past this request's wait: retry shortly."""

    status, type, title = 503, "busy", "Busy"
    retry_after = 1


class TooManyAttempts(GuardError):
    status, type, title = 429, "too-many-attempts", "Too many attempts"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after


class ServiceUnavailable(GuardError):
    status, type, title = 503, "unavailable", "Service unavailable"


def problem(
    status: int,
    type_: str,
    title: str,
    detail: str,
    retry_after: int | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {
        "type": _TYPE_BASE + type_,
        "title": title,
        "status": status,
        "detail": detail,
    }
    body.update(extra)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else {}
    if retry_after is not None:
        headers["Retry-After"] = str(retry_after)
    return JSONResponse(
        body, status_code=status, media_type=PROBLEM_JSON, headers=headers
    )


async def send_problem(
    send: Send, status: int, type_: str, title: str, detail: str
) -> None:
    """A problem+json answer from ASGI middleware, before the app sees the request."""
    body = json.dumps(
        {"type": _TYPE_BASE + type_, "title": title, "status": status, "detail": detail}
    ).encode()
    headers = [
        (b"content-type", PROBLEM_JSON.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _field(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc)


def validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    return [
        {"field": _field(err.get("loc", ())), "message": err.get("msg", "invalid")}
        for err in exc.errors()
    ]


async def _on_guard_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, GuardError)
    return problem(
        exc.status, exc.type, exc.title, exc.detail, exc.retry_after, **exc.extra
    )


async def _on_validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = validation_errors(exc)
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
    return problem(422, "validation", "Invalid request", detail, errors=errors)


async def _on_http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
    return problem(exc.status_code, f"http-{exc.status_code}", title, str(exc.detail))


async def _on_unexpected(request: Request, exc: Exception) -> JSONResponse:
    # The route's template, not the path: a path can hold an e-mail address.
    route = getattr(request.scope.get("route"), "path", "unmatched")
    log.exception("unhandled error on %s %s", request.method, route)
    return problem(500, "internal", "Internal error", "The guard could not answer.")


def install(app: FastAPI) -> None:
    app.add_exception_handler(GuardError, _on_guard_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)
