"""The process keeps the callers it has verified (guard/auth.KeyCache): a known key is
not read from the database on every request, and a revocation still takes effect in
every process within a second, however it is made."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlalchemy.orm import Session

# The promise is "within a second"; waiting exactly that long proves it.
EFFECT_SECONDS = 1.0


@contextmanager
def _key_reads(client: TestClient) -> Iterator[list[str]]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def statement(_c: object, _cur: object, sql: str, *_: object) -> None:
        if "FROM api_keys" in sql:
            seen.append(sql)

    event.listen(engine, "before_cursor_execute", statement)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", statement)


def test_a_known_key_is_not_read_again(
    client: TestClient, auth: dict, db: Session
) -> None:
    # The stamp read just now, as the server's poller does twice a second: on a
    # loaded test machine the poller may run late, and then a key is read again.
    integrations = client.app.state.integrations  # type: ignore[attr-defined]
    integrations.refresh(db)
    assert client.get("/v1/me/checks", headers=auth["sdr"]).status_code == 200
    integrations.refresh(db)
    with _key_reads(client) as reads:
        for _ in range(2):
            assert client.get("/v1/me/checks", headers=auth["sdr"]).status_code == 200
    assert reads == []


def test_a_key_revoked_by_hand_in_the_database_is_refused_within_a_second(
    client: TestClient, auth: dict, db: Session
) -> None:
    # No ORM, no API: another program's UPDATE, as an operator would run it in psql.
    assert client.get("/v1/me/checks", headers=auth["sdr"]).status_code == 200
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE api_keys SET revoked_at = CURRENT_TIMESTAMP WHERE role = 'sdr'"
            )
        )
    time.sleep(EFFECT_SECONDS)
    assert client.get("/v1/me/checks", headers=auth["sdr"]).status_code == 401
    assert client.get("/v1/me/checks", headers=auth["manager"]).status_code == 200


def test_a_key_revoked_through_the_api_is_refused_at_once(
    client: TestClient, auth: dict, db: Session
) -> None:
    made = client.post(
        "/v1/keys", json={"role": "manager", "name": "max"}, headers=auth["admin"]
    ).json()
    headers = {"Authorization": f"Bearer {made['key']}"}
    assert client.get("/v1/me/checks", headers=headers).status_code == 200
    assert client.get("/v1/me/checks", headers=headers).status_code == 200
    revoked = client.delete(f"/v1/keys/{made['id']}", headers=auth["admin"])
    assert revoked.status_code == 204
    assert client.get("/v1/me/checks", headers=headers).status_code == 401


def test_a_changed_role_takes_effect(
    client: TestClient, auth: dict, db: Session
) -> None:
    assert client.get("/v1/keys", headers=auth["admin"]).status_code == 200
    engine = client.app.state.engine  # type: ignore[attr-defined]
    with engine.begin() as conn:
        conn.execute(text("UPDATE api_keys SET role = 'sdr' WHERE role = 'admin'"))
    time.sleep(EFFECT_SECONDS)
    assert client.get("/v1/keys", headers=auth["admin"]).status_code == 403
