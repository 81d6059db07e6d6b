"""50 checks race for a contact's last allowed touch: exactly one goes through.

On SQLite with one process and with two (`guard serve --workers 2`: WAL, BEGIN
IMMEDIATE, the busy handler between processes), and on PostgreSQL with two workers.
Every call is answered; none with an error.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime

import httpx
import pytest
from sqlalchemy import create_engine

from tests.builders import check_body
from tests.conftest import PG_SKIP, PG_URL, wipe
from tests.faults.conftest import Seeded, ada_with_one_touch_left, seed
from tests.server import running_server

pytestmark = pytest.mark.faults
RACERS = 50
# Generous waits: fifty serialised checks on a loaded 2-core machine take seconds.
PATIENT = {
    "GUARD_WRITE_WAIT_SECONDS": "45",
    "GUARD_SQLITE_BUSY_TIMEOUT_MS": "45000",
    "GUARD_STATEMENT_TIMEOUT_MS": "45000",
}


async def race(base: str, seeded: Seeded, slot: datetime) -> list[str]:
    payload = check_body(planned_at=slot)
    limits = httpx.Limits(max_connections=RACERS)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as http:

        async def check() -> str:
            answer = await http.post("/v1/checks", json=payload, headers=seeded.sdr)
            assert answer.status_code == 200, answer.text
            return answer.json()["verdict"]

        return await asyncio.gather(*(check() for _ in range(RACERS)))


def _exactly_one_through(seeded: Seeded, workers: int) -> None:
    with running_server(seeded.url, workers=workers, **PATIENT) as base:
        slot = ada_with_one_touch_left(base, seeded)
        verdicts = asyncio.run(race(base, seeded, slot))
    tally = Counter(verdicts)
    assert tally["allow"] + tally["warn"] == 1, tally
    assert tally["defer"] == RACERS - 1, tally


@pytest.mark.parametrize("workers", [1, 2])
def test_sqlite_one_touch_left_lets_exactly_one_through(
    sqlite_db: Seeded, workers: int
) -> None:
    _exactly_one_through(sqlite_db, workers)


@pytest.mark.pg
@pytest.mark.skipif(not PG_URL, reason=PG_SKIP)
def test_postgresql_one_touch_left_lets_exactly_one_through(pg_url: str) -> None:
    engine = create_engine(pg_url)
    wipe(engine)
    try:
        _exactly_one_through(seed(pg_url), workers=2)
    finally:
        wipe(engine)
        engine.dispose()
