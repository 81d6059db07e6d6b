"""MCP over streamable HTTP at /mcp: the same tools, the caller's bearer key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from guard.auth import bearer_token, caller_for_key
from guard.errors import GuardError, problem
from guard.mcp.server import build_server

PATH = "/mcp"


def _key_of(ctx: Any) -> str | None:
    request = getattr(ctx, "request", None)
    if not isinstance(request, Request):
        return None
    try:
        return bearer_token(request)
    except GuardError:
        return None


@asynccontextmanager
async def running(state: Any) -> AsyncIterator[None]:
    """Serve /mcp while the app runs (a session manager runs once, so one per start).

    Stateless, JSON answers: every POST stands alone and names its key, so any worker
    can answer it and no session outlives a request.
    """
    manager = StreamableHTTPSessionManager(
        app=build_server(state, _key_of), json_response=True, stateless=True
    )
    async with manager.run():
        state.mcp = manager
        yield


class McpEndpoint:
    """Refuse a request without a valid key before MCP sees it; each tool call
    checks the key again, in its own transaction."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        state = request.app.state
        try:
            await anyio.to_thread.run_sync(_authenticate, state, request)
        except GuardError as exc:
            answer = problem(exc.status, exc.type, exc.title, exc.detail)
            await answer(scope, receive, send)
            return
        await state.mcp.handle_request(scope, receive, send)


def _authenticate(state: Any, request: Request) -> None:
    token = bearer_token(request)
    with state.read_sessionmaker() as db:
        caller_for_key(db, token)


def install(app: FastAPI) -> None:
    app.router.routes.append(
        Route(PATH, endpoint=McpEndpoint(), methods=["GET", "POST", "DELETE"])
    )
