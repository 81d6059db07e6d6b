"""Bad input gets a clear problem+json naming the field, and leaves nothing written."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import AuditEvent, Check, Touch
from tests.builders import business_slot, check_body, put_account, put_contact


def _nothing_written(db: Session) -> None:
    for table in (Check, Touch, AuditEvent):
        assert db.scalar(select(func.count()).select_from(table)) == 0, table.__name__


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body


@pytest.fixture
def contact(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])


def _fields(body: dict) -> list[str]:
    return [e["field"] for e in body.get("errors", [])]


class TestChecks:
    def test_unknown_contact(self, client: TestClient, auth: dict, db: Session) -> None:
        payload = check_body("nobody", planned_at=business_slot())
        body = _problem(
            client.post("/v1/checks", json=payload, headers=auth["sdr"]), 404
        )
        assert "nobody@acme.example" in body["detail"]
        _nothing_written(db)

    def test_malformed_json(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        headers = {**auth["sdr"], "content-type": "application/json"}
        body = _problem(
            client.post("/v1/checks", content=b'{"contact": ', headers=headers), 422
        )
        assert "JSON" in body["detail"] or "json" in body["detail"]
        _nothing_written(db)

    def test_missing_fields_are_named(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        payload = check_body(planned_at=business_slot())
        del payload["channel"], payload["sender"]
        body = _problem(
            client.post("/v1/checks", json=payload, headers=auth["sdr"]), 422
        )
        assert {"body.channel", "body.sender"} <= set(_fields(body))
        _nothing_written(db)

    def test_time_without_a_zone(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        payload = check_body(planned_at=business_slot())
        payload["planned_at"] = "2026-11-23T09:00:00"
        body = _problem(
            client.post("/v1/checks", json=payload, headers=auth["sdr"]), 422
        )
        assert _fields(body) == ["body.planned_at"]
        assert "timezone" in body["errors"][0]["message"].lower()
        _nothing_written(db)

    def test_unknown_channel(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        payload = check_body(planned_at=business_slot(), channel="pigeon")
        body = _problem(
            client.post("/v1/checks", json=payload, headers=auth["sdr"]), 422
        )
        assert _fields(body) == ["body.channel"]
        _nothing_written(db)

    def test_ten_megabyte_body(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        payload = check_body(planned_at=business_slot(), body="x" * (10 * 1024 * 1024))
        _problem(client.post("/v1/checks", json=payload, headers=auth["sdr"]), 413)
        _nothing_written(db)

    def test_message_over_the_message_limit(
        self, client: TestClient, auth: dict, contact: None, db: Session
    ) -> None:
        payload = check_body(planned_at=business_slot(), body="word " * 60_000)
        _problem(client.post("/v1/checks", json=payload, headers=auth["sdr"]), 413)
        _nothing_written(db)

    def test_both_contact_references(
        self, client: TestClient, auth: dict, contact: None
    ) -> None:
        payload = check_body(planned_at=business_slot())
        payload["contact"] = {"email": "ada@acme.example", "external_id": "crm-ada"}
        body = _problem(
            client.post("/v1/checks", json=payload, headers=auth["sdr"]), 422
        )
        assert _fields(body) == ["body.contact"]


class TestContacts:
    def test_unknown_stage_names_the_framework_stages(
        self, client: TestClient, auth: dict
    ) -> None:
        put_account(client, auth["integration"])
        response = client.put(
            "/v1/contacts/crm-x",
            json={"email": "x@acme.example", "account": "acme", "stage": "hot_lead"},
            headers=auth["integration"],
        )
        body = _problem(response, 422)
        assert _fields(body) == ["body.stage"] and "prospect_1" in body["detail"]

    def test_unknown_account(self, client: TestClient, auth: dict) -> None:
        response = client.put(
            "/v1/contacts/crm-x",
            json={"email": "x@acme.example", "account": "nope"},
            headers=auth["integration"],
        )
        assert _fields(_problem(response, 422)) == ["body.account"]

    def test_unknown_time_zone(self, client: TestClient, auth: dict) -> None:
        response = client.put(
            "/v1/contacts/crm-x",
            json={"email": "x@acme.example", "timezone": "Mars/Olympus"},
            headers=auth["integration"],
        )
        assert _fields(_problem(response, 422)) == ["body.timezone"]

    def test_bulk_rejects_the_whole_batch_on_one_bad_item(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        put_account(client, auth["integration"])
        items = [
            {"external_id": "c1", "email": "c1@acme.example", "account": "acme"},
            {"external_id": "c2", "email": "c2@acme.example", "stage": "nonsense"},
        ]
        response = client.post(
            "/v1/contacts:bulk", json={"contacts": items}, headers=auth["integration"]
        )
        body = _problem(response, 422)
        assert _fields(body) == ["body.contacts.1.stage"]
        ok = client.get("/v1/contacts/c1@acme.example/cadence", headers=auth["admin"])
        assert ok.status_code == 404


class TestAuth:
    def test_no_key(self, client: TestClient) -> None:
        _problem(client.post("/v1/checks", json={}), 401)

    def test_unknown_key(self, client: TestClient) -> None:
        _problem(
            client.get("/v1/checks/x", headers={"Authorization": "Bearer cg_nope"}), 401
        )

    def test_sdr_may_not_write_contacts(self, client: TestClient, auth: dict) -> None:
        response = client.put(
            "/v1/accounts/acme", json={"name": "Acme"}, headers=auth["sdr"]
        )
        _problem(response, 403)
