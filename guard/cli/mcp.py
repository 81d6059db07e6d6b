"""`guard mcp`: serve the guard's tools to an AI agent over stdio (MCP)."""

from __future__ import annotations

import os

from guard.cli import app
from guard.cli.errors import fail


@app.command("mcp")
def mcp() -> None:
    """Serve check_send, next_allowed, suggest_content and explain_rule over stdio
    (MCP) as the API key in GUARD_API_KEY; see docs/agents.md."""
    from guard.mcp.stdio import serve
    from guard.settings import get_settings

    if not os.environ.get("GUARD_API_KEY"):
        raise fail("set GUARD_API_KEY to the API key the agent acts as")
    serve(get_settings())
