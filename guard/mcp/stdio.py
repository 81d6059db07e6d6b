"""`guard mcp`: the tools over stdio, acting as the API key in GUARD_API_KEY."""

from __future__ import annotations

import os
from typing import Any

import anyio
from mcp.server.stdio import stdio_server

from guard.content.cache import ContentCache
from guard.db import open_database
from guard.learning.cache import ActiveModelCache
from guard.mcp.server import build_server
from guard.policy import load_policy
from guard.settings import Settings
from guard.state import GuardState


def _state(settings: Settings) -> GuardState:
    """What the tools read, built as the web app's start-up builds it."""
    state = GuardState()
    state.settings = settings
    open_database(state, settings)
    state.policy = load_policy(settings)
    state.content = ContentCache()
    state.models = ActiveModelCache()
    return state


def _key_of(_ctx: Any) -> str | None:
    # Read on every call: the key is checked against the database each time, so a
    # revoked key stops working without restarting the agent's MCP client.
    return os.environ.get("GUARD_API_KEY") or None


def serve(settings: Settings) -> None:
    state = _state(settings)
    server = build_server(state, _key_of)

    async def main() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    try:
        anyio.run(main)
    finally:
        state.engine.dispose()
