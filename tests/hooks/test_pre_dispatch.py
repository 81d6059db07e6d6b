"""POST /v1/hooks/pre-dispatch: signatures, idempotent retries, fallback in budget."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from standardwebhooks import Webhook
from typer.testing import CliRunner

from guard.auth import create_key
from guard.cli import get_app
from guard.hooks.signature import new_secret
from guard.settings import get_settings
from models import Check, Integration, Touch


def make_integration(db: Session, mode: str = "fail_open") -> tuple[str, str]:
    key, raw = create_key(db, role="integration", name="hubspot")
    secret = new_secret()
    db.add(
        Integration(
            name=f"hubspot-{mode}", api_key_id=key.id, mode=mode, secrets=[secret]
        )
    )
    db.commit()
    return raw, secret


def signed(
    body: bytes, key: str, secret: str, msg_id: str, at: datetime | None = None
) -> dict:
    at = at or datetime.now(UTC)
    return {
        "Authorization": f"Bearer {key}",
        "Content-Type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, at, body.decode()),
    }


def _problem(answer: httpx.Response, status: int, words: str) -> None:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert words in answer.json()["detail"]


class TestSignature:
    def test_signed_call_is_decided_and_a_retry_counts_once(
        self, client: TestClient, hook: tuple, db: Session
    ) -> None:
        key, secret, body = hook
        first = client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, "msg_1"),
        )
        assert first.status_code == 200, first.text
        assert first.json()["verdict"] in ("allow", "warn")
        retry = client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, "msg_1"),
        )
        assert {**retry.json(), "replayed": False} == first.json()
        assert db.scalar(select(func.count()).select_from(Check)) == 1
        assert db.scalar(select(func.count()).select_from(Touch)) == 1

    def test_replayed_id_with_another_body_is_409(
        self, client: TestClient, hook: tuple
    ) -> None:
        key, secret, body = hook
        client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, "msg_2"),
        )
        other = body.replace(b"Warehouse integration guide", b"Another subject")
        answer = client.post(
            "/v1/hooks/pre-dispatch",
            content=other,
            headers=signed(other, key, secret, "msg_2"),
        )
        _problem(answer, 409, "different planned send")

    def test_wrong_signature(self, client: TestClient, hook: tuple) -> None:
        key, _, body = hook
        headers = signed(body, key, new_secret(), "msg_3")
        _problem(
            client.post("/v1/hooks/pre-dispatch", content=body, headers=headers),
            401,
            "signature",
        )

    def test_expired_timestamp(self, client: TestClient, hook: tuple) -> None:
        key, secret, body = hook
        old = datetime.now(UTC) - timedelta(minutes=6)
        headers = signed(body, key, secret, "msg_4", at=old)
        _problem(
            client.post("/v1/hooks/pre-dispatch", content=body, headers=headers),
            401,
            "timestamp",
        )

    def test_missing_headers(self, client: TestClient, hook: tuple) -> None:
        key, secret, body = hook
        headers = signed(body, key, secret, "msg_5")
        del headers["webhook-signature"]
        _problem(
            client.post("/v1/hooks/pre-dispatch", content=body, headers=headers),
            401,
            "webhook-signature",
        )

    def test_a_tampered_body_is_refused(self, client: TestClient, hook: tuple) -> None:
        key, secret, body = hook
        headers = signed(body, key, secret, "msg_6")
        tampered = body.replace(b'"email"', b'"email" ', 1)
        _problem(
            client.post("/v1/hooks/pre-dispatch", content=tampered, headers=headers),
            401,
            "signature",
        )

    def test_an_sdr_key_is_not_an_integration(
        self, client: TestClient, hook: tuple, auth: dict
    ) -> None:
        _, secret, body = hook
        sdr_key = auth["sdr"]["Authorization"].removeprefix("Bearer ")
        headers = signed(body, sdr_key, secret, "msg_7")
        _problem(
            client.post("/v1/hooks/pre-dispatch", content=body, headers=headers),
            401,
            "integration",
        )

    def test_bad_payload_names_the_field(self, client: TestClient, hook: tuple) -> None:
        key, secret, _ = hook
        body = json.dumps({"contact": {"email": "ada@acme.example"}}).encode()
        answer = client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, "msg_8"),
        )
        assert answer.status_code == 422
        assert "body.channel" in [e["field"] for e in answer.json()["errors"]]


def test_rotation_keeps_the_old_secret_valid(
    client: TestClient,
    hook: tuple,
    db: Session,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, old_secret, body = hook
    monkeypatch.setenv("GUARD_DATABASE_URL", database_url)
    get_settings.cache_clear()
    result = CliRunner().invoke(
        get_app(), ["integrations", "rotate-secret", "hubspot-fail_open"]
    )
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    new = json.loads(result.stdout)["webhook_secret"]
    for msg_id, secret in (("rot-1", old_secret), ("rot-2", new)):
        answer = client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, msg_id),
        )
        assert answer.status_code in (200,), answer.text


# The database going away (cut, or down at a restart): tests/faults/test_database_down.py


def test_a_call_answered_by_the_fallback_leaves_no_decision_behind(
    client: TestClient,
    hook: tuple,
    db: Session,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend != "sqlite":
        pytest.skip("holds SQLite's in-process write lock; PostgreSQL locks rows")
    key, secret, body = hook
    state = client.app.state  # type: ignore[attr-defined]
    url = "/v1/hooks/pre-dispatch"
    monkeypatch.setattr(state.settings, "fallback_budget_seconds", 0.3)
    with state.write_lock:  # another writer holds the database past the budget
        late = client.post(url, content=body, headers=signed(body, key, secret, "l"))
    assert late.json()["findings"][0]["rule"] == "guard.unavailable"
    monkeypatch.setattr(state.settings, "fallback_budget_seconds", 30)
    # Writers take the lock in arrival order: once this call is decided, the late
    # one has had its turn.
    again = client.post(url, content=body, headers=signed(body, key, secret, "n"))
    assert again.json()["check_id"]
    stored = db.scalars(select(Check.idempotency_key)).all()
    assert [k.rsplit(":", 1)[1] for k in stored] == ["n"]
