"""A check hands its work to a worker thread once: authentication, the session and
the policy come from the event loop when the process's caches are fresh. Each extra
hop costs a thread switch per request, and under a burst, a wait for a free thread."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.builders import business_slot, check_body, put_account, put_contact


def test_a_check_takes_one_trip_to_the_thread_pool(
    client: TestClient, auth: dict, db: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    body = check_body(planned_at=business_slot(), dry_run=True)
    # The first check fills the caches (the key, the content library, the model);
    # the stamp read just now, as the server's poller does twice a second.
    client.app.state.integrations.refresh(db)  # type: ignore[attr-defined]
    assert client.post("/v1/checks", json=body, headers=auth["sdr"]).status_code == 200
    trips: list[str] = []
    original = anyio.to_thread.run_sync

    async def counted(func: Any, *args: Any, **kwargs: Any) -> Any:
        trips.append(getattr(func, "__qualname__", repr(func)))
        return await original(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", counted)
    answer = client.post("/v1/checks", json=body, headers=auth["sdr"])
    assert answer.status_code == 200, answer.text
    assert len(trips) == 1, trips
