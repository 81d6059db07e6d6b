"""Revoking a key, or rotating a secret out, takes effect in every server process
within a second (the integration cache follows the database's revision stamp)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from guard.cli import get_app
from guard.settings import get_settings
from models import ApiKey, AuditEvent, Check, Integration
from tests.hooks.test_pre_dispatch import signed
from tests.server import running_server

URL = "/v1/hooks/pre-dispatch"
# The promise is "within a second"; waiting exactly that long proves it.
EFFECT_SECONDS = 1.0
NAME = "hubspot-fail_open"


@pytest.fixture
def cli(database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GUARD_DATABASE_URL", database_url)
    get_settings.cache_clear()

    def run(*args: str):
        return CliRunner().invoke(get_app(), list(args))

    yield run
    get_settings.cache_clear()


def test_a_key_revoked_through_the_api_is_refused_and_decides_nothing(
    client: TestClient, hook: tuple, auth: dict, db: Session
) -> None:
    key, secret, body = hook
    first = client.post(URL, content=body, headers=signed(body, key, secret, "r1"))
    assert first.status_code == 200, first.text
    key_id = db.scalar(select(Integration.api_key_id))
    revoked = client.delete(f"/v1/keys/{key_id}", headers=auth["admin"])
    assert revoked.status_code == 204
    time.sleep(EFFECT_SECONDS)
    later = client.post(URL, content=body, headers=signed(body, key, secret, "r2"))
    assert later.status_code == 401, later.text
    assert db.scalar(select(func.count()).select_from(Check)) == 1


def test_a_rotated_out_secret_stops_working(
    client: TestClient, hook: tuple, cli
) -> None:
    key, first_secret, body = hook
    ok = client.post(URL, content=body, headers=signed(body, key, first_secret, "s1"))
    assert ok.status_code == 200, ok.text
    rotated = [cli("integrations", "rotate-secret", "hubspot-fail_open") for _ in "ab"]
    assert all(r.exit_code == 0 for r in rotated), rotated[-1].output
    newest = json.loads(rotated[-1].stdout)["webhook_secret"]
    time.sleep(EFFECT_SECONDS)
    old = client.post(URL, content=body, headers=signed(body, key, first_secret, "s2"))
    assert old.status_code == 401, old.text
    new = client.post(URL, content=body, headers=signed(body, key, newest, "s3"))
    assert new.status_code == 200, new.text


def test_a_new_secret_works_at_once(client: TestClient, hook: tuple, cli) -> None:
    key, _, body = hook
    assert client.post(URL, content=body, headers=signed(body, key, _, "n1")).is_success
    rotated = cli("integrations", "rotate-secret", "hubspot-fail_open")
    new = json.loads(rotated.stdout)["webhook_secret"]
    answer = client.post(URL, content=body, headers=signed(body, key, new, "n2"))
    assert answer.status_code == 200, answer.text


def test_revoking_from_the_cli_reaches_every_worker_process(
    client: TestClient, hook: tuple, database_url: str
) -> None:
    key, secret, body = hook
    env = {"GUARD_FALLBACK_BUDGET_SECONDS": "15"}
    with running_server(database_url, workers=2, **env) as base:

        def call(msg_id: str) -> int:
            headers = signed(body, key, secret, msg_id)
            url = f"{base}{URL}"
            return httpx.post(
                url, content=body, headers=headers, timeout=20
            ).status_code

        # Enough calls that both worker processes have cached the integration.
        assert {call(f"warm-{i}") for i in range(8)} == {200}
        revoke = subprocess.run(
            [sys.executable, "-m", "guard", "integrations", "revoke", "--name", NAME],
            env={**os.environ, "GUARD_DATABASE_URL": database_url},
            capture_output=True,
            text=True,
            check=False,
        )
        assert revoke.returncode == 0, revoke.stderr
        time.sleep(EFFECT_SECONDS)
        assert {call(f"late-{i}") for i in range(8)} == {401}


class TestCli:
    def test_keys_revoke(
        self, client: TestClient, auth: dict, db: Session, cli
    ) -> None:
        key_id = db.scalar(select(ApiKey.id).where(ApiKey.role == "sdr"))
        assert client.get("/v1/me/checks", headers=auth["sdr"]).status_code == 200
        result = cli("keys", "revoke", str(key_id))
        assert result.exit_code == 0, result.output
        assert f"revoked key {key_id}" in result.stdout
        answer = client.get("/v1/me/checks", headers=auth["sdr"])
        assert answer.status_code == 401
        db.rollback()  # a new snapshot: see what the CLI wrote
        assert db.scalar(select(AuditEvent.action)) == "key.revoked"

    def test_keys_revoke_unknown_is_one_line_and_exit_2(self, client, cli) -> None:
        result = cli("keys", "revoke", "999999")
        assert result.exit_code == 2
        assert result.output.strip() == "error: No API key 999999."

    def test_integrations_revoke(
        self, client: TestClient, hook: tuple, db: Session, cli
    ) -> None:
        result = cli("integrations", "revoke", "--name", "hubspot-fail_open")
        assert result.exit_code == 0, result.output
        assert "revoked integration hubspot-fail_open" in result.stdout
        db.rollback()  # a new snapshot: see what the CLI wrote
        key = db.scalar(select(ApiKey).join(Integration))
        assert key.revoked_at is not None

    def test_integrations_revoke_unknown(self, client, cli) -> None:
        result = cli("integrations", "revoke", "--name", "nobody")
        assert result.exit_code == 2
        assert "No integration named 'nobody'" in result.output
