"""One log line and two metric updates per request, as a pure ASGI middleware.

Pure ASGI (no BaseHTTPMiddleware): the body streams through untouched and the cost is
a few dict operations, a timer and one log record. The route is the template the
request matched (`/v1/contacts/{ref}`), never the path, which may hold an address.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guard.observability import logs
from guard.observability.metrics import RequestMetrics

log = logs.fast(logging.getLogger("guard.request"))
HEADER = b"x-request-id"
# A caller's id is kept when it is short and plain; anything else is replaced, so a
# log line never carries what a client chose to smuggle into it.
_SAFE_ID = re.compile(rb"[A-Za-z0-9._:-]{1,64}")
# Any other method a client invents is "other": labels stay a bounded set.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def request_id(scope: Scope) -> str:
    for name, value in scope["headers"]:
        if name == HEADER:
            if _SAFE_ID.fullmatch(value):
                return value.decode()
            break
    return secrets.token_hex(8)


def route_of(scope: Scope) -> str:
    """The template the request matched; a mounted app without routes (static files)
    is its mount point; nothing matched is "unmatched" (a bounded label either way)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    mount = scope.get("root_path", "")
    if isinstance(path, str):
        return mount + path
    return f"{mount}/{{path}}" if mount else "unmatched"


class RequestLog:
    def __init__(self, app: ASGIApp, tracer: Any = None) -> None:
        self.app = app
        self.metrics = RequestMetrics()
        self.tracer = tracer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        rid = request_id(scope)
        fields: dict[str, Any] = {"request_id": rid}
        token = logs.current.set(fields)
        status = 500
        echoed = (HEADER, rid.encode())

        async def answer(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", ()), echoed]
            await send(message)

        try:
            if self.tracer is None:
                await self.app(scope, receive, answer)
            else:
                await self._traced(scope, receive, answer, fields)
        finally:
            logs.current.reset(token)
            self._done(scope, fields, status, time.perf_counter() - started)

    def _done(
        self, scope: Scope, fields: dict[str, Any], status: int, seconds: float
    ) -> None:
        route = route_of(scope)
        method = scope["method"] if scope["method"] in _METHODS else "other"
        self.metrics.observe(method, route, status, seconds)
        line = {
            "request_id": fields.pop("request_id"),
            "method": method,
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 3),
            **fields,
        }
        log.info("request", extra={"fields": line})

    async def _traced(
        self, scope: Scope, receive: Receive, send: Send, fields: dict[str, Any]
    ) -> None:
        method = scope["method"]
        with self.tracer.start_as_current_span(f"{method}") as span:
            span.set_attribute("http.request.method", method)
            span.set_attribute("guard.request_id", fields["request_id"])
            try:
                await self.app(scope, receive, send)
            finally:
                route = route_of(scope)
                span.update_name(f"{method} {route}")
                span.set_attribute("http.route", route)
                for key in ("verdict", "check_id", "caller_role"):
                    if key in fields:
                        span.set_attribute(f"guard.{key}", str(fields[key]))
