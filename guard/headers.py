"""Security headers on every response: the pages, the API and the error answers.

The manager pages run no script and load only their own stylesheet, so the policy
allows nothing else: an injected <script> or style attribute does not run, and no
other site may frame a page to trick a manager into clicking Approve.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# FastAPI's /docs and /redoc pages load Swagger UI and ReDoc from a CDN with an
# inline bootstrap script; they keep working, but no site may frame them either.
DOCS_POLICY = "frame-ancestors 'none'"
_DOCS = ("/docs", "/redoc")
_COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
]


def _policy(path: str) -> bytes:
    return (DOCS_POLICY if path.startswith(_DOCS) else PAGE_POLICY).encode()


class SecurityHeaders:
    """Add the headers to each response, whatever produced it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [*_COMMON, (b"content-security-policy", _policy(scope["path"]))]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)
