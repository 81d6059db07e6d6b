"""Behind a real PgBouncer in transaction pooling mode (Debian's, scripts/system-deps.sh
stack): each transaction may run on another server connection, so nothing may rest on
the session. The race for a contact's last touch still lets exactly one check through;
the statement timeout holds in every transaction and leaves nothing on the connection;
the mailbox lock keeps a second poller out; a migration run leaves no setting behind.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from bench.stack_procs import missing_binaries, stack
from guard.db import make_engine
from guard.inbound.mail_sync import mailbox_lock
from guard.migrate import upgrade
from guard.settings import Settings
from tests.conftest import PG_SKIP, PG_URL, wipe
from tests.faults.conftest import ada_with_one_touch_left, seed
from tests.faults.test_last_touch import PATIENT, RACERS, race
from tests.server import TEST_SECRET, running_server

pytestmark = [
    pytest.mark.faults,
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP),
    pytest.mark.skipif(
        bool(missing_binaries()), reason="pgbouncer or nginx missing (make system-deps)"
    ),
]
POOLED = {"GUARD_DATABASE_POOLING": "transaction"}


def _bouncer(pg_url: str, pool_size: int) -> Iterator[str]:
    with stack("guard-pgbouncer-") as running:
        yield running.pgbouncer(pg_url, pool_size=pool_size)


@pytest.fixture
def bouncer(pg_url: str) -> Iterator[str]:
    yield from _bouncer(pg_url, pool_size=20)


@pytest.fixture
def one_server_connection(pg_url: str) -> Iterator[str]:
    """Every client's transactions run on one server connection, one after another:
    whatever a transaction leaves on the session, the next client finds."""
    yield from _bouncer(pg_url, pool_size=1)


@pytest.fixture
def two_server_connections(pg_url: str) -> Iterator[str]:
    yield from _bouncer(pg_url, pool_size=2)


def _settings(url: str) -> Settings:
    return Settings(
        env="test",
        database_url=url,
        secret_key=TEST_SECRET,
        database_pooling="transaction",
        statement_timeout_ms=4321,
    )


def test_one_touch_left_lets_exactly_one_through_pgbouncer(
    pg_url: str, bouncer: str
) -> None:
    engine = create_engine(pg_url)
    wipe(engine)
    try:
        seeded = seed(pg_url)
        pooled = seeded.__class__(**{**seeded.__dict__, "url": bouncer})
        with running_server(bouncer, workers=2, **PATIENT, **POOLED) as base:
            slot = ada_with_one_touch_left(base, pooled)
            verdicts = asyncio.run(race(base, pooled, slot))
    finally:
        wipe(engine)
        engine.dispose()
    tally = Counter(verdicts)
    assert tally["allow"] + tally["warn"] == 1, tally
    assert tally["defer"] == RACERS - 1, tally


def test_timeouts_hold_in_each_transaction_and_stay_there(
    one_server_connection: str,
) -> None:
    engine = make_engine(_settings(one_server_connection))
    plain = create_engine(
        one_server_connection, connect_args={"prepare_threshold": None}
    )
    try:
        for _ in range(8):  # past psycopg's default prepare threshold (5)
            with engine.begin() as conn:
                timeout = conn.scalar(
                    text("SELECT current_setting('statement_timeout')")
                )
                assert timeout == "4321ms"
            with plain.connect() as conn:  # the same server connection, next client
                assert conn.scalar(text("SHOW statement_timeout")) == "0"
                assert conn.scalar(text("SHOW lock_timeout")) == "0"
    finally:
        engine.dispose()
        plain.dispose()


def test_a_held_mailbox_keeps_a_second_poller_out(
    two_server_connections: str,
) -> None:
    first = make_engine(_settings(two_server_connections))
    second = make_engine(_settings(two_server_connections))  # another process
    try:
        with mailbox_lock(first, "sam@seller.example") as mine:
            assert mine
            with mailbox_lock(second, "sam@seller.example") as theirs:
                assert not theirs
        with mailbox_lock(second, "sam@seller.example") as theirs:
            assert theirs  # released with the first poller's transaction
    finally:
        first.dispose()
        second.dispose()


def test_a_migration_run_leaves_no_setting_on_the_connection(
    one_server_connection: str,
) -> None:
    plain = create_engine(
        one_server_connection, connect_args={"prepare_threshold": None}
    )
    try:
        upgrade(one_server_connection)  # at head already: env.py's SET, no DDL
        with plain.connect() as conn:
            assert conn.scalar(text("SHOW lock_timeout")) == "0"
    finally:
        plain.dispose()
