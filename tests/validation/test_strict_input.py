"""Findings 9 and 4(b): far dates, loose types and unknown languages are 422 naming the
field, before anything is decided or written (and never a 500, nor a hook's fallback)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from guard.cli import get_app
from models import Check, Touch
from tests.builders import business_slot, check_body, put_account, put_contact


@pytest.fixture
def contact(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])


def _refused(response: Any, field: str) -> None:
    assert response.status_code == 422, response.text
    fields = [e["field"] for e in response.json()["errors"]]
    assert any(f.startswith(field) or f.endswith(field) for f in fields), fields


BAD_CHECKS = {
    "year 1 in UTC": {"planned_at": "0001-01-01T00:00:00Z"},
    "year 9999 with an offset": {"planned_at": "9999-12-31T23:59:59-05:00"},
    "a 23-hour offset": {"planned_at": "2026-12-07T10:00:00+23:00"},
    "epoch seconds": {"planned_at": 1796630400},
    "automated 'yes'": {"automated": "yes"},
    "dry_run 1": {"dry_run": 1},
    "unknown language": {"language": "xx"},
    "a step as text": {"sequence": {"id": "q4", "step": "3"}},
}


@pytest.mark.parametrize("bad", BAD_CHECKS.values(), ids=BAD_CHECKS.keys())
def test_a_check_with_bad_input_is_422_and_writes_nothing(
    client: TestClient, auth: dict, contact: None, db: Session, bad: dict
) -> None:
    payload = check_body(planned_at=business_slot()) | bad
    response = client.post("/v1/checks", json=payload, headers=auth["sdr"])
    _refused(response, f"body.{next(iter(bad))}")
    assert db.scalar(select(func.count()).select_from(Check)) == 0


def test_a_far_sent_at_on_a_touch_is_422(
    client: TestClient, auth: dict, contact: None, db: Session
) -> None:
    body = {
        "external_id": "t-1",
        "contact": {"email": "ada@acme.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "sent_at": "9999-12-31T23:00:00-05:00",
    }
    _refused(
        client.post("/v1/touches", json=body, headers=auth["integration"]), "sent_at"
    )
    assert db.scalar(select(func.count()).select_from(Touch)) == 0


def test_a_far_absence_is_422(client: TestClient, auth: dict, contact: None) -> None:
    body = {"contact": {"email": "ada@acme.example"}, "returns_on": "9999-12-31"}
    response = client.post("/v1/absences", json=body, headers=auth["integration"])
    _refused(response, "returns_on")


@pytest.mark.parametrize(
    "query",
    ["min_age_hours=1e308", "max_age_hours=1e308", "min_age_hours=inf"],
)
def test_review_age_filters_are_bounded(
    client: TestClient, auth: dict, query: str
) -> None:
    response = client.get(f"/v1/reviews?{query}", headers=auth["admin"])
    assert response.status_code == 422, response.text


def test_a_far_since_is_422(client: TestClient, auth: dict) -> None:
    response = client.get(
        "/v1/me/checks",
        params={"since": "0001-01-01T00:00:00+05:00"},
        headers=auth["admin"],
    )
    _refused(response, "since")


def test_a_huge_review_id_is_422_not_500(client: TestClient, auth: dict) -> None:
    response = client.get(f"/v1/reviews/{2**40}", headers=auth["admin"])
    assert response.status_code == 422, response.text


def test_lint_start_far_in_the_future_is_422(client: TestClient, auth: dict) -> None:
    sequence = {
        "name": "tiny",
        "contacts": [{"stage": "lead", "persona": "economic_buyer"}],
        "steps": [{"channel": "email", "body": "Hi {first_name}, just checking in."}],
    }
    for body in (
        {"sequence": sequence, "start": "9999-12-31"},
        {"sequence": sequence | {"start": "9999-12-31"}},
    ):
        response = client.post("/v1/sequences:lint", json=body, headers=auth["sdr"])
        assert response.status_code == 422, response.text


def test_cli_lint_start_far_in_the_future_exits_2(tmp_path: Any) -> None:
    path = tmp_path / "tiny.yaml"
    path.write_text(
        "name: tiny\nstart: 9999-12-31\ncontacts:\n  - {stage: lead}\n"
        "steps:\n  - {channel: email, body: 'Hi {first_name}, checking in.'}\n"
    )
    runner = CliRunner()
    result = runner.invoke(get_app(), ["sequence", "lint", str(path)])
    assert result.exit_code == 2, result.output
    assert "2200" in result.output
    path.write_text(path.read_text().replace("start: 9999-12-31\n", ""))
    result = runner.invoke(
        get_app(), ["sequence", "lint", str(path), "--start", "9999-12-31"]
    )
    assert result.exit_code == 2, result.output
