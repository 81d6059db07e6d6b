"""POST /v1/policy:simulate on SQLite and PostgreSQL: verdicts change, nothing is written."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from guard.auth import create_key
from guard.policy_sim.readonly import no_writes
from models import Base, Team
from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from rules.engine.packs import DEFAULT_PACK_PATH
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)

DEFAULT_YAML = DEFAULT_PACK_PATH.read_text()
# Three business days between touches for everyone, not only for enterprise.
STRICT_YAML = DEFAULT_YAML.replace(
    "cadence.contact:\n    params: {max_per_7_days: 3, max_per_30_days: 6, "
    "min_gap_business_days: 2}",
    "cadence.contact:\n    params: {max_per_7_days: 3, max_per_30_days: 6, "
    "min_gap_business_days: 3}",
)
PRICING = (
    "Hi Ada,\n\nOur pricing starts at 20,000 EUR per year. Shall I send a quote?\n\nSam"
)


def business_days_before(slot: datetime, n: int) -> datetime:
    cal = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())
    return cal.open_on(cal.add_days(cal.local_date(slot), -n)) + timedelta(hours=2)


def row_counts(db: Session) -> dict[str, int]:
    db.rollback()  # a fresh snapshot: see what the app committed
    return {
        t.name: db.scalar(select(func.count()).select_from(t)) or 0
        for t in Base.metadata.sorted_tables
    }


@pytest.fixture
def history(client: TestClient, auth: dict) -> datetime:
    """Ada: a touch two business days before `slot`, then two checks the default pack
    allows (the second sees the first's touch)."""
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    slot = business_slot()
    post_touch(client, auth["integration"], "ada", business_days_before(slot, 2), "t1")
    for planned in (slot, slot + timedelta(days=7)):
        answer = client.post(
            "/v1/checks", json=check_body(planned_at=planned), headers=auth["sdr"]
        )
        assert answer.json()["verdict"] in ("allow", "warn"), answer.text
    return slot


def simulate(client: TestClient, headers: dict, pack_yaml: str) -> dict:
    answer = client.post(
        "/v1/policy:simulate",
        json={"pack_yaml": pack_yaml, "since_days": 30},
        headers=headers,
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_stricter_pack_changes_verdicts_and_writes_nothing(
    client: TestClient, auth: dict, db: Session, history: datetime
) -> None:
    before = row_counts(db)
    report = simulate(client, auth["admin"], STRICT_YAML)
    assert row_counts(db) == before
    assert report["checks"] == 2 and report["drifted"] == 0
    # The first check was two business days after the CRM touch: now too soon.
    assert report["changed"] == 1
    assert report["transitions"][0]["new"] == "defer"
    assert {"rule": "cadence.contact", "added": 1, "removed": 0} in report["rules"]
    assert report["teams"] == [
        {"team": None, "checks": 2, "changed": 1, "stricter": 1, "looser": 0}
    ]
    example = report["examples"][0]
    assert example["contact"] == "ada@acme.example"
    assert example["rules_added"] == ["cadence.contact"]
    assert "keep 3 business days between touches" in example["reason"]


def test_same_pack_replays_the_stored_verdicts(
    client: TestClient, auth: dict, history: datetime
) -> None:
    # Each replay leaves out its own touch and keeps the earlier check's: no drift.
    report = simulate(client, auth["admin"], DEFAULT_YAML)
    assert (report["checks"], report["changed"], report["drifted"]) == (2, 0, 0)


def test_replay_uses_the_stage_the_contact_had_then(
    client: TestClient, auth: dict
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], stage="mql")
    checked = client.post(
        "/v1/checks",
        json=check_body(planned_at=business_slot(), body=PRICING),
        headers=auth["sdr"],
    )
    assert "stage.premature_ask" in {f["rule"] for f in checked.json()["findings"]}
    put_contact(client, auth["integration"], stage="opportunity")
    report = simulate(client, auth["admin"], DEFAULT_YAML)
    assert (report["checks"], report["drifted"]) == (1, 0)


def test_a_manager_replays_only_their_teams_checks(
    client: TestClient, auth: dict, db: Session, history: datetime
) -> None:
    # The history's checks are Sam's, who is in no team.
    _, raw = create_key(db, role="manager", name="ent", team="enterprise")
    db.commit()
    mine = simulate(client, {"Authorization": f"Bearer {raw}"}, STRICT_YAML)
    assert (mine["checks"], mine["examples"]) == (0, [])
    assert simulate(client, auth["admin"], STRICT_YAML)["checks"] == 2


@pytest.mark.parametrize(
    ("role", "status"),
    [("admin", 200), ("manager", 200), ("sdr", 403), ("integration", 403)],
)
def test_roles(client: TestClient, auth: dict, role: str, status: int) -> None:
    answer = client.post(
        "/v1/policy:simulate", json={"pack_yaml": DEFAULT_YAML}, headers=auth[role]
    )
    assert answer.status_code == status, answer.text


@pytest.mark.parametrize(
    "body",
    [
        {"pack_yaml": "rules: {cadence.contact: {params: {max_per_7_days: 0}}}"},
        {"pack_yaml": "x", "pack_path": "default.yaml"},
        {"pack_path": "../secrets.yaml"},
        {"pack_yaml": DEFAULT_YAML, "since_days": 0},
    ],
    ids=["invalid pack", "both sources", "path outside", "zero days"],
)
def test_bad_input_is_422(client: TestClient, auth: dict, body: dict) -> None:
    answer = client.post("/v1/policy:simulate", json=body, headers=auth["admin"])
    assert answer.status_code == 422, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_pack_path_beside_the_active_pack(client: TestClient, auth: dict) -> None:
    answer = client.post(
        "/v1/policy:simulate", json={"pack_path": "default.yaml"}, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text


def test_the_database_refuses_writes_during_a_simulation(client: TestClient) -> None:
    session = client.app.state.read_sessionmaker()  # type: ignore[attr-defined]
    try:
        with (
            pytest.raises(DBAPIError, match=r"(?i)read.only|readonly"),
            no_writes(session),
        ):
            session.execute(insert(Team).values(name="sneaky"))
    finally:
        session.close()
    assert row_counts(session)["teams"] == 0
