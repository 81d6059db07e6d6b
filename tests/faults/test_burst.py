"""A burst of calls with a wrong key must not wedge the server (issue 11, finding 1).

Before the fix, 60 such calls deadlocked a fresh SQLite server: each waited for the
database write lock inside one of the 40 worker threads, and the lock's holder needed
one of those threads to finish. /healthz hung and the hook fell back to `allow`.
"""

from __future__ import annotations

import asyncio
import os
import signal
import time

import httpx
import pytest

from tests.builders import check_body
from tests.faults.conftest import (
    Seeded,
    ada_with_one_touch_left,
    hook_body,
    signed_hook,
)
from tests.server import server_process

pytestmark = pytest.mark.faults
BURST = 100


async def _burst(base: str, seeded: Seeded, body: bytes) -> list[int | str]:
    wrong = {"Authorization": "Bearer cg_not-a-key", "Content-Type": "application/json"}
    limits = httpx.Limits(max_connections=2 * BURST)
    async with httpx.AsyncClient(base_url=base, timeout=15, limits=limits) as http:

        async def post(path: str, n: int) -> int | str:
            headers = (
                signed_hook(seeded, body, f"wrong-{n}", key="cg_not-a-key")
                if "hooks" in path
                else wrong
            )
            try:
                answer = await http.post(path, content=body, headers=headers)
            except httpx.HTTPError as exc:
                return type(exc).__name__
            return answer.status_code

        calls = [post("/v1/checks", n) for n in range(BURST)]
        calls += [post("/v1/hooks/pre-dispatch", n) for n in range(BURST)]
        return await asyncio.gather(*calls)


def test_a_burst_of_wrong_keys_leaves_the_server_answering(sqlite_db: Seeded) -> None:
    with server_process(sqlite_db.url) as (base, proc):
        slot = ada_with_one_touch_left(base, sqlite_db)
        body = hook_body(slot)
        answers = asyncio.run(_burst(base, sqlite_db, body))
        started = time.monotonic()
        health = httpx.get(f"{base}/healthz", timeout=5)
        health_took = time.monotonic() - started
        real = httpx.post(
            f"{base}/v1/checks",
            json=check_body(planned_at=slot),
            headers=sqlite_db.sdr,
            timeout=10,
        )
        # SIGTERM stops it promptly: nothing is stuck in a worker thread.
        os.killpg(proc.pid, signal.SIGTERM)
        started = time.monotonic()
        proc.wait(timeout=10)
        stop_took = time.monotonic() - started
    assert answers.count(401) == 2 * BURST, sorted(set(map(str, answers)))
    assert health.status_code == 200 and health_took < 1.0, health_took
    assert real.status_code == 200, real.text
    decision = real.json()
    assert decision["check_id"] and decision["verdict"] in ("allow", "warn")
    assert stop_took < 5.0, stop_took
