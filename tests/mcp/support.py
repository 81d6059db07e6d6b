"""An agent's view: the SDK's own MCP clients, over stdio and over streamable HTTP."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx2
from fastapi.testclient import TestClient
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from tests.builders import put_account, put_contact
from tests.server import TEST_SECRET

ROOT = Path(__file__).resolve().parents[2]
BERLIN = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())
BOT = {"email": "sam@seller.example", "kind": "agent", "agent_id": "sdr-bot-1"}


@asynccontextmanager
async def over_stdio(database_url: str, key: str) -> AsyncIterator[ClientSession]:
    """`guard mcp` spawned as an MCP client (Claude Desktop, an agent) would."""
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "guard", "mcp"],
        env={
            "GUARD_API_KEY": key,
            "GUARD_DATABASE_URL": database_url,
            "GUARD_ENV": "test",
            "GUARD_SECRET_KEY": TEST_SECRET,
            "PYTHONPATH": os.pathsep.join(
                [str(ROOT), os.environ.get("PYTHONPATH", "")]
            ),
        },
        cwd=str(ROOT),
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as s:
        await s.initialize()
        yield s


@asynccontextmanager
async def over_http(base: str, key: str) -> AsyncIterator[ClientSession]:
    headers = {"Authorization": f"Bearer {key}"}
    async with (
        httpx2.AsyncClient(headers=headers, timeout=30) as http,
        streamable_http_client(f"{base}/mcp", http_client=http) as (read, write),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


def away_after_auto_reply(client: TestClient, headers: dict) -> datetime:
    """Ada's auto-reply to Sam: away for a week. Returns a slot while she is away."""
    put_account(client, headers)
    put_contact(client, headers, "ada", stage="sql")
    now = datetime.now(UTC)
    back = BERLIN.add_days(BERLIN.local_date(now), 6)
    reply = {
        "message_id": "<ooo-agent@acme.example>",
        "from": "ada@acme.example",
        "to": "sam@seller.example",
        "subject": "Automatic reply: pilot",
        "body": "Thank you for your email. I am out of the office and will be back "
        f"on {back:%A, %d %B %Y}.",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sent_at": (now - timedelta(hours=1)).isoformat(),
    }
    answer = client.post("/v1/inbound", json=reply, headers=headers)
    assert answer.json()["kind"] == "ooo", answer.text
    day = BERLIN.add_days(BERLIN.local_date(now), 1)
    return BERLIN.open_on(day) + timedelta(hours=2)


def bump(planned: datetime, **extra: object) -> dict:
    return {
        "contact": {"email": "ada@acme.example"},
        "sender": BOT,
        "channel": "email",
        "subject": "Re: pilot",
        "body": "Hi Ada,\n\nJust bumping this to the top of your inbox. Any thoughts?"
        "\n\nBest,\nSam",
        "planned_at": planned.isoformat(),
        **extra,
    }
