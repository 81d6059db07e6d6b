"""kill -9 under load loses nothing that was acknowledged.

A check answered with 200 and a check_id was committed before the answer was sent; the
database of a server killed mid-burst must hold every one of them when it is opened
again.
"""

from __future__ import annotations

import asyncio
import os
import signal

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from models import Check
from tests.builders import check_body
from tests.faults.conftest import Seeded, ada_with_one_touch_left
from tests.server import server_process

pytestmark = pytest.mark.faults
CALLERS = 20


async def _load_then_kill(base: str, pid: int, seeded: Seeded, payload: dict) -> list:
    acknowledged: list[str] = []
    stop = asyncio.Event()
    limits = httpx.Limits(max_connections=CALLERS)
    async with httpx.AsyncClient(base_url=base, timeout=10, limits=limits) as http:

        async def caller() -> None:
            while not stop.is_set():
                try:
                    answer = await http.post(
                        "/v1/checks", json=payload, headers=seeded.sdr
                    )
                except httpx.HTTPError:
                    return  # the server is gone
                if answer.status_code == 200 and answer.json()["check_id"]:
                    acknowledged.append(answer.json()["check_id"])

        async def killer() -> None:
            while len(acknowledged) < 30:  # well into the burst
                await asyncio.sleep(0.02)
            os.killpg(pid, signal.SIGKILL)
            stop.set()

        await asyncio.gather(killer(), *(caller() for _ in range(CALLERS)))
    return acknowledged


def test_every_acknowledged_check_survives_kill_9(sqlite_db: Seeded) -> None:
    with server_process(sqlite_db.url) as (base, proc):
        slot = ada_with_one_touch_left(base, sqlite_db)
        payload = check_body(planned_at=slot)
        acknowledged = asyncio.run(_load_then_kill(base, proc.pid, sqlite_db, payload))
        proc.wait(timeout=10)
    assert len(acknowledged) >= 30
    # Opening the database after the kill is what a restarted server does first:
    # SQLite replays its write-ahead log.
    engine = create_engine(sqlite_db.url)
    with Session(engine) as db:
        stored = set(db.scalars(select(Check.id).where(Check.id.in_(acknowledged))))
    engine.dispose()
    missing = set(acknowledged) - stored
    assert not missing, (
        f"{len(missing)} of {len(acknowledged)} acknowledged checks lost"
    )
