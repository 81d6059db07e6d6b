"""The worker's pass: scheduled jobs on the database, and mailbox sync when configured."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.worker import run_pass
from models import Absence
from tests.builders import put_account, put_contact


def test_a_pass_closes_ended_absences_and_syncs_nothing_unconfigured(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date()
    created = client.post(
        "/v1/absences",
        json={
            "contact": {"email": "ada@acme.example"},
            "returns_on": yesterday.isoformat(),
            "starts_on": (yesterday - timedelta(days=5)).isoformat(),
        },
        headers=auth["integration"],
    )
    assert created.status_code == 201, created.text
    state = client.app.state
    counts = run_pass(make_sessionmaker(state.engine), state.settings)
    assert counts["absences_closed"] == 1
    assert not any(key.startswith("ews:") for key in counts)
    assert db.scalar(select(Absence.closed_at)) is not None
