"""On SQLite the server's processes queue for the write turn (guard/file_lock): a write
waits for another process's turn until its deadline (then 503), and a process killed
while holding the turn lets go of it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from tests.builders import business_slot, check_body, put_account, put_contact

# Another process of the same server (a second uvicorn worker) in its write turn.
HOLDER = """
import sys, time
from pathlib import Path
from guard.file_lock import ProcessQueue
queue = ProcessQueue(Path(sys.argv[1]).resolve())  # kept: its files stay open
assert queue.acquire(None)
print("held", flush=True)
time.sleep(60)
"""


@pytest.fixture
def sqlite_only(backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("the processes' queue is SQLite's; PostgreSQL locks rows")


@contextmanager
def another_process_writing(database_url: str) -> Iterator[subprocess.Popen[str]]:
    path = database_url.removeprefix("sqlite:///")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        yield holder
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture
def ada(client: TestClient, auth: dict, monkeypatch: pytest.MonkeyPatch) -> dict:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    state = client.app.state  # type: ignore[attr-defined]
    monkeypatch.setattr(state.settings, "write_wait_seconds", 0.5, raising=False)
    return check_body(planned_at=business_slot())


@pytest.mark.usefixtures("sqlite_only")
def test_a_write_waits_for_another_processs_turn_until_its_deadline(
    client: TestClient, auth: dict, database_url: str, ada: dict
) -> None:
    with another_process_writing(database_url):
        started = time.monotonic()
        answer = client.post("/v1/checks", json=ada, headers=auth["sdr"])
        took = time.monotonic() - started
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    assert "busy" in answer.json()["detail"]
    assert took < 3.0, took  # its own deadline (0.5 s), not SQLite's busy timeout


@pytest.mark.usefixtures("sqlite_only")
def test_a_process_killed_in_its_turn_lets_the_others_write(
    client: TestClient, auth: dict, database_url: str, ada: dict
) -> None:
    with another_process_writing(database_url) as holder:
        holder.kill()  # SIGKILL: no chance to let go itself
        holder.wait()
        answer = client.post("/v1/checks", json=ada, headers=auth["sdr"])
    assert answer.status_code == 200, answer.text


@pytest.mark.usefixtures("sqlite_only")
def test_a_dry_run_does_not_wait_for_another_processs_turn(
    client: TestClient, auth: dict, database_url: str, ada: dict
) -> None:
    with another_process_writing(database_url):
        answer = client.post(
            "/v1/checks", json={**ada, "dry_run": True}, headers=auth["sdr"]
        )
    assert answer.status_code == 200, answer.text
