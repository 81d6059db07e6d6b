"""PostgreSQL: one webhook delivered twice at once is one check, answered twice.

Both deliveries queue on Ada's row lock; the second's idempotency lookup must see the
check the first committed while it waited (a lookup read with the statement that
takes the lock would not: its view of the database predates the wait).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from models import Check
from tests.hooks.test_pre_dispatch import signed

_WAITING = text(
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE wait_event_type = 'Lock' AND datname = current_database()"
)


def test_a_delivery_twice_at_once_is_one_check_and_two_equal_answers(
    client: TestClient, hook: tuple, db: Session, database_url: str
) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("row locks are PostgreSQL's; SQLite writers queue on one lock")
    key, secret, body = hook
    headers = signed(body, key, secret, "msg_twice")
    engine = create_engine(database_url, poolclass=NullPool)

    def deliver(_: int) -> dict:
        answer = client.post("/v1/hooks/pre-dispatch", content=body, headers=headers)
        assert answer.status_code == 200, answer.text
        return answer.json()

    with engine.connect() as crm, ThreadPoolExecutor(2) as pool:
        # Another check of Ada holds her row until both deliveries wait for it.
        crm.execute(
            text("SELECT id FROM contacts WHERE email = 'ada@acme.example' FOR UPDATE")
        )
        answers = pool.map(deliver, range(2))
        with engine.connect() as watch:
            deadline = time.monotonic() + 1.5  # within the hook's 2 s budget
            while watch.scalar(_WAITING) < 2 and time.monotonic() < deadline:
                time.sleep(0.01)
        crm.rollback()
        first, second = sorted(answers, key=lambda a: a["replayed"])
    engine.dispose()
    assert first["check_id"] is not None and not first["replayed"]
    assert second["replayed"]
    assert {**second, "replayed": False} == first
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(Check)) == 1
