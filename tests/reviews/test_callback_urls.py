"""Callbacks go to public https endpoints only, checked when the URL is set and again at
every delivery, and the post goes to the address that was checked."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from guard.cli import get_app
from guard.db import make_sessionmaker
from guard.reviews.callbacks import UnsafeCallback, check_callback_url
from guard.reviews.outbox import deliver_due
from guard.settings import Settings, get_settings
from models import OutboxEvent
from tests.reviews.callback import callback_server
from tests.reviews.support import blocked_send
from tests.reviews.test_override_scope import REASON, integration_with_callback

REFUSED = [
    "http://93.184.216.34/hook",  # public, but not https
    "https://127.0.0.1/hook",
    "https://localhost:8443/hook",
    "https://10.1.2.3/hook",
    "https://192.168.0.10/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://[::1]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://[fd00:ec2::254]/hook",
    "https://100.100.100.200/hook",
    "https://user:pw@93.184.216.34/hook",
    "ftp://93.184.216.34/hook",
]


@pytest.mark.parametrize("url", REFUSED)
def test_private_and_plain_http_callbacks_are_refused(url: str) -> None:
    with pytest.raises(UnsafeCallback) as refused:
        check_callback_url(url, allow_private=False)
    assert refused.value.status == 422


def test_a_public_https_callback_is_pinned_to_its_address() -> None:
    target = check_callback_url("https://93.184.216.34:8443/h?x=1", allow_private=False)
    assert target.url == "https://93.184.216.34:8443/h?x=1"
    assert str(target.address) == "93.184.216.34"


def test_loopback_is_allowed_only_when_the_operator_says_so() -> None:
    target = check_callback_url("http://localhost:8080/h", allow_private=True)
    assert target.url.startswith(("http://127.0.0.1:8080/", "http://[::1]:8080/"))
    assert target.host == "localhost"


def test_the_cli_refuses_a_metadata_callback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARD_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        assert runner.invoke(get_app(), ["db", "upgrade"]).exit_code == 0
        url = "https://169.254.169.254/latest/meta-data/"
        args = ["integrations", "create", "--name", "crm", "--mode", "fail_open"]
        refused = runner.invoke(get_app(), [*args, "--callback-url", url])
    finally:
        get_settings.cache_clear()
    assert refused.exit_code == 2, refused.output
    assert "cloud-metadata" in refused.output


def _approved(client: TestClient, auth: dict, db: Session, url: str) -> None:
    asker, _ = integration_with_callback(db, "crm", url)
    review_id = blocked_send(client, asker)["review_id"]
    answer = client.post(
        f"/v1/reviews/{review_id}/approve", json=REASON, headers=auth["admin"]
    )
    assert answer.status_code == 200, answer.text


def _drain(client: TestClient, settings: Settings) -> dict[str, int]:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    return deliver_due(sessions, settings, now=datetime.now(UTC))


def test_delivery_refuses_a_plain_http_loopback_callback(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    with callback_server() as crm:
        _approved(client, auth, db, crm.url)  # stored before the rule, or rebound
        assert _drain(client, settings)["pending"] == 1
    assert crm.received == []
    db.rollback()
    event = db.scalars(select(OutboxEvent)).one()
    assert "must be https" in event.last_error and event.attempts == 1


def test_delivery_connects_to_the_address_it_checked(
    client: TestClient,
    auth: dict,
    db: Session,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """DNS rebinding: the name answers a good address to the check, then another one.
    The post must go to the address that was checked."""
    real = socket.getaddrinfo
    answers = iter(["127.0.0.1"])

    def rebinding(host: object, port: object, *args: object, **kw: object) -> list:
        if host == "crm.rebind.test":
            return real(next(answers, "127.0.0.2"), port, *args, **kw)
        return real(host, port, *args, **kw)

    with callback_server() as crm:
        url = crm.url.replace("127.0.0.1", "crm.rebind.test")
        _approved(client, auth, db, url)
        monkeypatch.setattr(socket, "getaddrinfo", rebinding)
        loopback = settings.model_copy(update={"allow_private_callbacks": True})
        assert _drain(client, loopback)["delivered"] == 1
    ((headers, _),) = crm.received
    assert headers["host"] == url.split("/")[2]  # the name, for the receiver's routing
