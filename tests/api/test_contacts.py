"""Accounts, contacts, touches, absences and the cadence view, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Absence, StageChange, Touch
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)


class TestUpserts:
    def test_put_creates_then_updates_and_keeps_stage_history(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        put_account(client, auth["integration"])
        first = client.put(
            "/v1/contacts/crm-ada",
            json={"email": "Ada@Acme.example", "account": "acme", "stage": "mql"},
            headers=auth["integration"],
        )
        assert first.status_code == 201 and first.json()["email"] == "ada@acme.example"
        second = client.put(
            "/v1/contacts/crm-ada",
            json={"email": "ada@acme.example", "account": "acme", "stage": "sql"},
            headers=auth["integration"],
        )
        assert second.status_code == 200 and second.json()["stage"] == "sql"
        stages = db.scalars(select(StageChange.stage).order_by(StageChange.id)).all()
        assert stages == ["mql", "sql"]

    def test_bulk_upserts_a_thousand(self, client: TestClient, auth: dict) -> None:
        put_account(client, auth["integration"])
        items = [
            {"external_id": f"c{i}", "email": f"c{i}@acme.example", "account": "acme"}
            for i in range(1000)
        ]
        answer = client.post(
            "/v1/contacts:bulk", json={"contacts": items}, headers=auth["integration"]
        )
        assert answer.json() == {"created": 1000, "updated": 0}
        again = client.post(
            "/v1/contacts:bulk",
            json={"contacts": items[:10]},
            headers=auth["integration"],
        )
        assert again.json() == {"created": 0, "updated": 10}

    def test_bulk_refuses_more_than_a_thousand(
        self, client: TestClient, auth: dict
    ) -> None:
        items = [
            {"external_id": f"c{i}", "email": f"c{i}@acme.example"} for i in range(1001)
        ]
        answer = client.post(
            "/v1/contacts:bulk", json={"contacts": items}, headers=auth["integration"]
        )
        assert answer.status_code == 422


class TestTouches:
    def test_the_same_external_id_is_recorded_once(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        put_account(client, auth["integration"])
        put_contact(client, auth["integration"])
        sent = datetime.now(UTC) - timedelta(days=1)
        first = post_touch(client, auth["integration"], "ada", sent, "hubspot-1")
        again = post_touch(client, auth["integration"], "ada", sent, "hubspot-1")
        assert first["created"] is True and again["created"] is False
        assert again["id"] == first["id"]
        assert db.scalar(select(func.count()).select_from(Touch)) == 1

    def test_a_crm_bump_is_flagged_when_recorded(
        self, client: TestClient, auth: dict
    ) -> None:
        put_account(client, auth["integration"])
        put_contact(client, auth["integration"])
        touch = post_touch(
            client,
            auth["integration"],
            "ada",
            datetime.now(UTC),
            "hubspot-2",
            body="Hi Ada, just circling back on my last email. Any thoughts?",
        )
        assert touch["is_bump"] is True


class TestAbsences:
    def test_manual_absence_can_be_removed(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        put_account(client, auth["integration"])
        put_contact(client, auth["integration"])
        returns = (datetime.now(UTC) + timedelta(days=5)).date().isoformat()
        created = client.post(
            "/v1/absences",
            json={"contact": {"external_id": "crm-ada"}, "returns_on": returns},
            headers=auth["integration"],
        ).json()
        assert created["source"] == "manual" and created["returns_on"] == returns
        assert (
            client.delete(
                f"/v1/absences/{created['id']}", headers=auth["integration"]
            ).status_code
            == 204
        )
        assert db.scalar(select(func.count()).select_from(Absence)) == 0
        assert (
            client.delete(
                f"/v1/absences/{created['id']}", headers=auth["integration"]
            ).status_code
            == 404
        )


class TestCadence:
    def test_shows_absence_limits_and_next_allowed_time(
        self, client: TestClient, auth: dict
    ) -> None:
        put_account(client, auth["integration"])
        put_contact(client, auth["integration"])
        slot = business_slot()
        client.post("/v1/checks", json=check_body(planned_at=slot), headers=auth["sdr"])
        returns = (datetime.now(UTC) + timedelta(days=10)).date()
        client.post(
            "/v1/absences",
            json={
                "contact": {"email": "ada@acme.example"},
                "returns_on": returns.isoformat(),
            },
            headers=auth["integration"],
        )
        view = client.get(
            "/v1/contacts/ada@acme.example/cadence", headers=auth["sdr"]
        ).json()
        assert view["absence"]["returns_on"] == returns.isoformat()
        week = next(w for w in view["limits"] if w["window_days"] == 7)
        assert week["used"] == 1 and week["left"] == week["limit"] - 1
        email = view["next_allowed"]["email"]
        assert email["verdict"] == "defer" and "ooo.active" in email["rules"]
        assert datetime.fromisoformat(email["at"]).date() > returns

    def test_unknown_contact_is_404(self, client: TestClient, auth: dict) -> None:
        assert (
            client.get("/v1/contacts/nobody/cadence", headers=auth["sdr"]).status_code
            == 404
        )
