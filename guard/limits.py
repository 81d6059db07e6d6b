"""Request size limits, enforced before a body is read (docs/security.md)."""

from __future__ import annotations

import contextlib

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from guard.errors import send_problem


class BodyLimit:
    """Answer 413 when a request body exceeds the limit for its path.

    Pure ASGI rather than BaseHTTPMiddleware: it costs nothing on the hot path and it
    stops reading a 10 MB body at the limit instead of buffering it.
    """

    def __init__(self, app: ASGIApp, *, default: int, per_path: dict[str, int]) -> None:
        self.app = app
        self.default = default
        self.per_path = per_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "DELETE"):
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.default)
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await _too_large(send, limit)
            return
        reading = _Reading(receive, limit)

        async def checked_send(message: Message) -> None:
            # Over the limit, whatever the app made of the cut-off body (FastAPI
            # answers its own 400 for a body it could not read): the answer is 413.
            starting = message["type"] == "http.response.start"
            reading.started = reading.started or (starting and not reading.over)
            if reading.started or not reading.over:
                await send(message)
            elif starting and not reading.answered:
                reading.answered = True
                await _too_large(send, limit)

        with contextlib.suppress(_TooLarge):
            await self.app(scope, reading.receive, checked_send)
        if reading.over and not (reading.answered or reading.started):
            await _too_large(send, limit)


class _TooLarge(Exception):
    pass


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class _Reading:
    """Counts the body as the app reads it (a chunked body declares no length)."""

    def __init__(self, receive: Receive, limit: int) -> None:
        self._receive = receive
        self._limit = limit
        self._seen = 0
        self.over = False
        self.started = False  # the app answered before the body ran over
        self.answered = False

    async def receive(self) -> Message:
        message = await self._receive()
        if message["type"] == "http.request":
            self._seen += len(message.get("body", b""))
            if self._seen > self._limit:
                self.over = True
                raise _TooLarge
        return message


async def _too_large(send: Send, limit: int) -> None:
    await send_problem(
        send,
        413,
        "payload-too-large",
        "Payload too large",
        f"The request body is larger than {limit} bytes.",
    )
