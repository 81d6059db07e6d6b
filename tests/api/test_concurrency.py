"""Cadence limits hold when many checks for one contact race, across worker processes."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

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


def test_a_draft_check_does_not_wait_for_the_contacts_row_lock(
    client: TestClient, auth: dict, database_url: str
) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("row locks are PostgreSQL's; SQLite has one database lock")
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    draft = {**check_body(planned_at=business_slot()), "dry_run": True}
    engine = create_engine(database_url, poolclass=NullPool)
    with engine.connect() as dispatch:
        # Another check of Ada holds her row, as a CRM's pre-dispatch call would.
        dispatch.execute(
            text("SELECT id FROM contacts WHERE email = 'ada@acme.example' FOR UPDATE")
        )
        answer = client.post("/v1/checks", json=draft, headers=auth["sdr"])
        dispatch.rollback()
    engine.dispose()
    assert answer.status_code == 200, answer.text
    assert answer.json()["dry_run"] is True
