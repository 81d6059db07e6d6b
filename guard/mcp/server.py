"""The MCP server: lists the tools and runs a call in one transaction as the key."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anyio
import mcp_types as types
from mcp.server.lowlevel import Server
from pydantic import ValidationError

from guard.auth import caller_for_key
from guard.db import write_session
from guard.errors import GuardError, Unauthorized
from guard.mcp.tools import TOOLS, Call, Tool, authorise
from guard.policy import live_policy
from guard.state import GuardState
from guard.unit_of_work import in_turn

# Where a call finds its API key: the HTTP request's bearer token, or GUARD_API_KEY.
KeyOf = Callable[[Any], str | None]

INSTRUCTIONS = (
    "Cadence Guard checks every planned sales touch before it is sent. Call "
    "check_send before each message and do what its verdict says."
)


def tool_list() -> list[types.Tool]:
    return [
        types.Tool(
            name=t.name,
            description=t.description,
            input_schema=t.input.model_json_schema(),
            output_schema=t.output.model_json_schema(mode="serialization"),
        )
        for t in TOOLS.values()
    ]


def build_server(state: GuardState, key_of: KeyOf) -> Server[Any]:
    """An MCP server over the app's `state` (sessions, policy, settings)."""

    async def list_tools(
        ctx: Any, params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tool_list())

    async def call_tool(
        ctx: Any, params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        tool = TOOLS.get(params.name)
        if tool is None:
            return _error(f"No tool {params.name!r}; known: {', '.join(TOOLS)}.")
        key = key_of(ctx)
        args = params.arguments or {}
        try:
            out = await anyio.to_thread.run_sync(run_tool, state, key, tool, args)
        except ValidationError as exc:
            return _error(_invalid(exc))
        except GuardError as exc:
            return _error(f"{exc.title}: {exc.detail}")
        data = out.model_dump(mode="json")
        return types.CallToolResult(
            content=[types.TextContent(text=json.dumps(data, indent=1))],
            structured_content=data,
        )

    return Server(
        "cadence-guard",
        version="1.0",
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def run_tool(
    state: GuardState, key: str | None, tool: Tool, args: dict[str, Any]
) -> Any:
    """One call, one transaction (as a request has): commit on success, else roll
    back; the key is checked against the database on every call."""
    if not key:
        raise Unauthorized("No API key: set GUARD_API_KEY or send a bearer token.")
    parsed = tool.input.model_validate(args)
    # Who is calling is read before queueing for the write lock; the call is then one
    # unit of work, waiting for the lock no longer than any request does.
    with state.read_sessionmaker() as reading:
        caller = caller_for_key(reading, key)
    authorise(tool, caller)
    db = write_session(state)

    def work() -> Any:
        policy = live_policy(state, db)
        return tool.run(Call(db, caller, policy, state.settings), parsed)

    return in_turn(db, work)


def _invalid(exc: ValidationError) -> str:
    problems = [
        f"{'.'.join(str(p) for p in e['loc']) or '(input)'}: {e['msg']}"
        for e in exc.errors()
    ]
    return "Invalid input: " + "; ".join(problems)


def _error(text: str) -> types.CallToolResult:
    return types.CallToolResult(content=[types.TextContent(text=text)], is_error=True)
