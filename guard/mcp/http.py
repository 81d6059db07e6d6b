"""MCP over streamable HTTP at /mcp: the same tools, the caller's bearer key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
from anyio.abc import TaskGroup, TaskStatus
from fastapi import FastAPI
from starlette.requests import Request
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from guard.auth import API_ROLES, bearer_token, caller_for_key
from guard.errors import Forbidden, GuardError, problem
from guard.state import GuardState, state_of

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
async def running(state: GuardState) -> AsyncIterator[None]:
    """Let /mcp start its session manager on first use, inside the app's lifetime.

    The MCP SDK takes about as long to import as the rest of the app's start-up:
    a worker that never serves an agent never pays for it.
    """
    async with anyio.create_task_group() as tasks:
        state.mcp_tasks, state.mcp, state.mcp_lock = tasks, None, anyio.Lock()
        yield
        tasks.cancel_scope.cancel()


async def _manager(state: GuardState) -> Any:
    async with state.mcp_lock:
        if state.mcp is None:
            tasks: TaskGroup = state.mcp_tasks
            state.mcp = await tasks.start(_serve, state)
    return state.mcp


async def _serve(state: GuardState, *, task_status: TaskStatus[Any]) -> None:
    """Stateless, JSON answers: every POST stands alone and names its key, so any
    worker can answer it and no session outlives a request."""
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

    from guard.mcp.server import build_server

    manager = StreamableHTTPSessionManager(
        app=build_server(state, _key_of), json_response=True, stateless=True
    )
    async with manager.run():
        task_status.started(manager)
        await anyio.sleep_forever()


class McpEndpoint:
    """Refuse a request without a valid key before MCP sees it; each tool call
    checks the key again, in its own transaction."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        state = state_of(request)
        try:
            await anyio.to_thread.run_sync(_authenticate, state, request)
        except GuardError as exc:
            answer = problem(exc.status, exc.type, exc.title, exc.detail)
            await answer(scope, receive, send)
            return
        manager = await _manager(state)
        await manager.handle_request(scope, receive, send)


def _authenticate(state: GuardState, request: Request) -> None:
    token = bearer_token(request)
    with state.read_sessionmaker() as db:
        caller = caller_for_key(db, token)
    if caller.role not in API_ROLES:  # a metrics key reads /metrics only
        raise Forbidden(f"A {caller.role} key may not use the MCP endpoint.")


def install(app: FastAPI) -> None:
    app.router.routes.append(
        Route(PATH, endpoint=McpEndpoint(), methods=["GET", "POST", "DELETE"])
    )
