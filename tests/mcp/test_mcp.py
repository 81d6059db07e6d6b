"""The guard as an agent's MCP tool: over stdio (`guard mcp`) and over /mcp."""

from __future__ import annotations

import anyio
import httpx
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.settings import Settings
from models import Check
from tests.mcp.support import away_after_auto_reply, bump, over_http, over_stdio
from tests.server import running_server

TOOLS = {"check_send", "next_allowed", "suggest_content", "explain_rule"}


def test_stdio_lists_the_tools_and_stops_a_bump_after_an_auto_reply(
    client: TestClient, auth: dict, keys: dict, settings: Settings, db: Session
) -> None:
    planned = away_after_auto_reply(client, auth["integration"])

    async def agent() -> tuple[set[str], dict, dict, str]:
        async with over_stdio(settings.database_url, keys["integration"]) as s:
            names = {t.name for t in (await s.list_tools()).tools}
            dry = await s.call_tool("check_send", bump(planned))
            recorded = await s.call_tool("check_send", bump(planned, record=True))
            rule = await s.call_tool("explain_rule", {"rule": "ooo.pressed"})
            return (
                names,
                dry.structured_content,
                recorded.structured_content,
                (rule.content[0].text),
            )

    names, dry, recorded, rule = anyio.run(agent)
    assert names == TOOLS
    assert dry["verdict"] in ("block", "defer") and dry["check_id"] is None
    assert recorded["verdict"] in ("block", "defer") and recorded["check_id"]
    row = db.scalar(select(Check).where(Check.id == recorded["check_id"]))
    assert row is not None and row.agent_id == "sdr-bot-1"
    assert "auto-reply" in rule


def test_http_serves_the_same_tools_with_a_bearer_key(
    client: TestClient, auth: dict, keys: dict, settings: Settings
) -> None:
    planned = away_after_auto_reply(client, auth["integration"])
    with running_server(settings.database_url) as base:
        refused = httpx.post(f"{base}/mcp", json={}, timeout=10)
        wrong = httpx.post(
            f"{base}/mcp", json={}, headers={"Authorization": "Bearer cg_nope"}
        )

        async def agent() -> tuple[set[str], dict, dict]:
            async with over_http(base, keys["integration"]) as s:
                names = {t.name for t in (await s.list_tools()).tools}
                decided = await s.call_tool("check_send", bump(planned))
                cadence = await s.call_tool(
                    "next_allowed", {"contact": "ada@acme.example"}
                )
                return names, decided.structured_content, cadence.structured_content

        names, decided, cadence = anyio.run(agent)
    assert refused.status_code == 401 and wrong.status_code == 401
    assert names == TOOLS
    assert decided["verdict"] in ("block", "defer")
    assert cadence["absence"] is not None
