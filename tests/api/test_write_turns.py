"""Writes wait for their turn until a deadline; reading who calls never waits.

SQLite has one writer per process. A write that cannot get the lock within
GUARD_WRITE_WAIT_SECONDS is answered 503 with Retry-After instead of waiting without
end, and a wrong key is refused without queueing behind the writers.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration, signed


def _post_while_locked(
    client: TestClient, headers: dict, payload: dict | None = None
) -> tuple[httpx.Response, bool]:
    """POST a check while another writer holds the lock: the answer, and whether it
    came while the lock was still held (it is let go after ten seconds at most, so a
    request that waits for it still ends)."""
    answers: list[httpx.Response] = []
    payload = payload or check_body(planned_at=business_slot())

    def post() -> None:
        answers.append(client.post("/v1/checks", json=payload, headers=headers))

    state = client.app.state  # type: ignore[attr-defined]
    with state.write_lock:
        caller = threading.Thread(target=post)
        caller.start()
        caller.join(timeout=10)
        answered_meanwhile = not caller.is_alive()
    caller.join(timeout=30)
    return answers[0], answered_meanwhile


@pytest.fixture
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the process-wide write lock is SQLite's; PostgreSQL locks rows")


@pytest.mark.usefixtures("sqlite_only")
def test_a_write_that_waits_past_its_deadline_gets_503_with_retry_after(
    client: TestClient, auth: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.3, raising=False)
    answer, answered_meanwhile = _post_while_locked(client, auth["sdr"])
    assert answered_meanwhile
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert int(answer.headers["retry-after"]) >= 1
    assert "busy" in answer.json()["detail"]


@pytest.mark.usefixtures("sqlite_only")
def test_a_wrong_key_is_refused_without_waiting_for_the_writers(
    client: TestClient,
) -> None:
    answer, answered_meanwhile = _post_while_locked(
        client, {"Authorization": "Bearer cg_wrong"}
    )
    assert answered_meanwhile
    assert answer.status_code == 401, answer.text


@pytest.mark.faults
@pytest.mark.usefixtures("sqlite_only")
def test_another_process_holding_the_database_is_waited_for_until_the_deadline(
    client: TestClient, auth: dict, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.5, raising=False)
    payload = check_body(planned_at=business_slot())
    # Another process's writer (the worker, a CLI command) holds SQLite's lock longer
    # than the 5 s busy timeout would let this request wait.
    other = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=1)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        answer = client.post("/v1/checks", json=payload, headers=auth["sdr"])
        took = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert answer.status_code == 503, answer.text
    assert answer.headers["retry-after"]
    assert took < 3.0, took  # its own deadline, not SQLite's 5 s busy timeout


def _decided(answer: httpx.Response) -> tuple[str, list[str]]:
    out = answer.json()
    return out["verdict"], [f["rule"] for f in out["findings"]]


@pytest.mark.usefixtures("sqlite_only")
def test_a_dry_run_is_answered_while_a_writer_of_this_process_holds_the_lock(
    client: TestClient, auth: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A draft records nothing: it reads, and never queues behind the CRM's writes.
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.3, raising=False)
    payload = check_body(planned_at=business_slot(), dry_run=True)
    answer, answered_meanwhile = _post_while_locked(client, auth["sdr"], payload)
    assert answered_meanwhile
    assert answer.status_code == 200, answer.text
    recorded = client.post(
        "/v1/checks", json={**payload, "dry_run": False}, headers=auth["sdr"]
    )
    assert recorded.status_code == 200, recorded.text
    assert _decided(answer) == _decided(recorded)


@pytest.mark.usefixtures("sqlite_only")
def test_a_dry_run_is_answered_while_another_process_holds_the_database(
    client: TestClient, auth: dict, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.5, raising=False)
    payload = check_body(planned_at=business_slot(), dry_run=True)
    other = sqlite3.connect(database_url.removeprefix("sqlite:///"), timeout=1)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")
    try:
        answer = client.post("/v1/checks", json=payload, headers=auth["sdr"])
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert answer.status_code == 200, answer.text


@pytest.mark.usefixtures("sqlite_only")
def test_a_hook_dry_run_is_answered_while_a_writer_of_this_process_holds_the_lock(
    client: TestClient, auth: dict, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    key, secret = make_integration(db)
    body = json.dumps(check_body(planned_at=business_slot(), dry_run=True)).encode()
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.3, raising=False)
    answers: list[httpx.Response] = []

    def post() -> None:
        headers = signed(body, key, secret, "msg_dry")
        answers.append(
            client.post("/v1/hooks/pre-dispatch", content=body, headers=headers)
        )

    with state.write_lock:
        caller = threading.Thread(target=post)
        caller.start()
        caller.join(timeout=10)
        answered_meanwhile = not caller.is_alive()
    caller.join(timeout=30)
    assert answered_meanwhile
    assert answers[0].status_code == 200, answers[0].text
    assert answers[0].json()["dry_run"] is True
