"""Migrations go up to head and down to base on an empty database, on both backends."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, inspect, make_url, text
from sqlalchemy.pool import NullPool

from guard.migrate import downgrade, upgrade
from models import Base

PG_URL = os.environ.get("GUARD_TEST_DATABASE_URL")


def _roundtrip(url: str) -> None:
    upgrade(url)
    engine = create_engine(url, poolclass=NullPool)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    downgrade(url, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(url)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_sqlite_upgrade_downgrade_upgrade(tmp_path) -> None:
    _roundtrip(f"sqlite:///{tmp_path / 'm.db'}")


@pytest.mark.pg
@pytest.mark.skipif(
    not PG_URL, reason="GUARD_TEST_DATABASE_URL is not set: PostgreSQL tests skipped"
)
def test_postgresql_upgrade_downgrade_upgrade() -> None:
    parsed = make_url(PG_URL)
    name = (
        f"{parsed.database}_migrations_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    )
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        _roundtrip(parsed.set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
