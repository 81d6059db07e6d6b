"""Refuse a NUL character in a URL's path or query before any route reads it.

Path and query values become database parameters (an e-mail address, an external
id, a filter); PostgreSQL refuses NUL in text, so without this check they were 500s.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from guard.errors import send_problem


def _has_nul(scope: Scope) -> bool:
    query: bytes = scope.get("query_string", b"")
    return "\x00" in scope["path"] or b"%00" in query or b"\x00" in query


class NoNulInUrl:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and _has_nul(scope):
            await send_problem(
                send,
                422,
                "validation",
                "Invalid request",
                "The URL contains a NUL (%00) character: remove it.",
            )
            return
        await self.app(scope, receive, send)
