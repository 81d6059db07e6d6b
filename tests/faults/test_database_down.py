"""The database goes away: the hook still answers every verified integration in its own
fail mode within 2 s, also from a server started while the database is down, and
refuses callers it cannot verify (401, or 503 when it knows no integration at all).

PostgreSQL is taken away by cutting a TCP proxy in front of it (never by stopping the
shared server); SQLite by moving its directory away before a restart.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from guard.auth import create_key
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from models import Integration
from tests.builders import business_slot, check_body
from tests.hooks.test_pre_dispatch import signed
from tests.server import running_server
from tests.tcp_proxy import proxy_to

pytestmark = pytest.mark.faults
PG_URL = os.environ.get("GUARD_TEST_DATABASE_URL")
URL = "/v1/hooks/pre-dispatch"
# A tighter budget than the default leaves room for a loaded machine within 2 s.
ENV = {"GUARD_FALLBACK_BUDGET_SECONDS": "1.5"}
BODY = json.dumps(check_body(planned_at=business_slot())).encode()


@dataclass(frozen=True)
class Hook:
    key: str
    secret: str


def _integrations(url: str) -> dict[str, Hook]:
    hooks = {}
    with Session(create_engine(url, poolclass=NullPool)) as db, db.begin():
        for mode in ("fail_open", "fail_closed"):
            key, raw = create_key(db, role="integration", name=f"crm-{mode}")
            secret = new_secret()
            db.add(
                Integration(
                    name=f"crm-{mode}", api_key_id=key.id, mode=mode, secrets=[secret]
                )
            )
            hooks[mode] = Hook(raw, secret)
    return hooks


def _call(
    base: str, key: str, secret: str, msg_id: str
) -> tuple[httpx.Response, float]:
    started = time.monotonic()
    headers = signed(BODY, key, secret, msg_id)
    answer = httpx.post(f"{base}{URL}", content=BODY, headers=headers, timeout=10)
    return answer, time.monotonic() - started


def _known(base: str, hooks: dict[str, Hook]) -> None:
    """With the database up, both integrations are verified (the contact is unknown)."""
    for mode, hook in hooks.items():
        answer, _ = _call(base, hook.key, hook.secret, f"warm-{mode}")
        assert answer.status_code == 404, answer.text


def _answers_in_mode(base: str, hooks: dict[str, Hook], tag: str) -> None:
    for mode, verdict in (("fail_open", "allow"), ("fail_closed", "defer")):
        hook = hooks[mode]
        answer, took = _call(base, hook.key, hook.secret, f"{tag}-{mode}")
        assert answer.status_code == 200, answer.text
        assert answer.json()["verdict"] == verdict
        assert answer.json()["findings"][0]["rule"] == "guard.unavailable"
        assert took < 2.0, took


def _refuses_strangers(base: str, hooks: dict[str, Hook], tag: str) -> None:
    stranger, _ = _call(base, "cg_not-a-key", new_secret(), f"{tag}-stranger")
    assert stranger.status_code == 401, stranger.text
    hook = hooks["fail_open"]
    forged, _ = _call(base, hook.key, new_secret(), f"{tag}-forged")
    assert forged.status_code == 401, forged.text
    assert "signature" in forged.json()["detail"]


def _knows_nobody(url: str, hooks: dict[str, Hook], tmp: Path) -> None:
    """No database since start and no snapshot: nobody can be verified, nobody let in."""
    empty = {**ENV, "GUARD_STATE_DIR": str(tmp / "empty")}
    with running_server(url, check_ready=False, **empty) as base:
        hook = hooks["fail_open"]
        answer, took = _call(base, hook.key, hook.secret, "cold")
    assert answer.status_code == 503, answer.text
    assert took < 2.0, took


@pytest.fixture
def pg_database() -> Iterator[str]:
    if not PG_URL:
        pytest.skip("GUARD_TEST_DATABASE_URL is not set: PostgreSQL tests skipped")
    parsed = make_url(PG_URL)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"{parsed.database}_faults_{worker}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = parsed.set(database=name).render_as_string(hide_password=False)
    prepare(url)
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.pg
def test_postgresql_cut_then_a_restart_while_it_is_down(
    pg_database: str, tmp_path: Path
) -> None:
    hooks = _integrations(pg_database)
    url = make_url(pg_database)
    state = {**ENV, "GUARD_STATE_DIR": str(tmp_path / "state")}
    with proxy_to(url.host or "127.0.0.1", url.port or 5432) as proxy:
        via_proxy = url.set(host="127.0.0.1", port=proxy.port).render_as_string(
            hide_password=False
        )
        with running_server(via_proxy, **state) as base:
            _known(base, hooks)
            proxy.cut()
            _answers_in_mode(base, hooks, "cut")
            _refuses_strangers(base, hooks, "cut")
        with running_server(via_proxy, check_ready=False, **state) as base:
            _answers_in_mode(base, hooks, "restarted")
            _refuses_strangers(base, hooks, "restarted")
        _knows_nobody(via_proxy, hooks, tmp_path)


def test_sqlite_gone_at_a_restart(tmp_path: Path) -> None:
    home = tmp_path / "db"
    home.mkdir()
    url = f"sqlite:///{home / 'guard.db'}"
    prepare(url)
    hooks = _integrations(url)
    state = {**ENV, "GUARD_STATE_DIR": str(tmp_path / "state")}
    with running_server(url, **state) as base:
        _known(base, hooks)
    # The directory is gone, so SQLite cannot even create an empty file there.
    shutil.move(home, tmp_path / "moved-away")
    with running_server(url, check_ready=False, **state) as base:
        _answers_in_mode(base, hooks, "restarted")
        _refuses_strangers(base, hooks, "restarted")
    _knows_nobody(url, hooks, tmp_path)
