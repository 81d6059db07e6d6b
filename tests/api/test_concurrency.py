"""Cadence limits hold when many checks for one contact race, across worker processes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
from fastapi.testclient import TestClient

from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)
from tests.server import running_server

RACERS = 20


def test_twenty_racing_checks_one_slot_left_exactly_one_passes(
    client: TestClient, auth: dict, database_url: str
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    slot = business_slot()
    # Two touches this week: the 3-per-7-days limit allows exactly one more.
    post_touch(client, auth["integration"], "ada", slot - timedelta(days=5), "t-1")
    post_touch(client, auth["integration"], "ada", slot - timedelta(days=6), "t-2")
    payload = check_body(planned_at=slot)

    # A generous busy timeout: on a loaded 2-core CI machine twenty serialised checks
    # can queue on SQLite's write lock for longer than the 5 s default.
    slow = {
        "GUARD_SQLITE_BUSY_TIMEOUT_MS": "60000",
        "GUARD_STATEMENT_TIMEOUT_MS": "60000",
    }
    with running_server(database_url, workers=3, **slow) as base:

        def race(i: int) -> str:
            answer = httpx.post(
                f"{base}/v1/checks", json=payload, headers=auth["sdr"], timeout=30
            )
            assert answer.status_code == 200, answer.text
            return answer.json()["verdict"]

        with ThreadPoolExecutor(RACERS) as pool:
            verdicts = list(pool.map(race, range(RACERS)))

    passed = [v for v in verdicts if v in ("allow", "warn")]
    assert len(passed) == 1, verdicts
    assert verdicts.count("defer") == RACERS - 1
