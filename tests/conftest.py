"""Shared fixtures: a migrated database per backend, an app on it, keys for every role.

API tests run on SQLite and, when GUARD_TEST_DATABASE_URL is set, on PostgreSQL too: the
`backend` fixture is parametrised, so the same test asserts the same behaviour on both.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from guard.app import create_app
from guard.auth import create_key
from guard.content.service import seed_if_empty
from guard.db import make_sessionmaker
from guard.migrate import prepare
from guard.settings import Settings
from models import Base
from rules.features.content import load_library
from tests.server import TEST_SECRET

PG_URL = os.environ.get("GUARD_TEST_DATABASE_URL")
PG_SKIP = "GUARD_TEST_DATABASE_URL is not set: PostgreSQL tests skipped"
ROLES = ("admin", "manager", "sdr", "integration")


def _backends() -> list[object]:
    return [
        "sqlite",
        pytest.param(
            "postgresql",
            marks=[pytest.mark.pg, pytest.mark.skipif(not PG_URL, reason=PG_SKIP)],
        ),
    ]


@pytest.fixture(scope="session")
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("db") / "guard.db"
    url = f"sqlite:///{path}"
    prepare(url)
    return url


def worker_database(url: str) -> str:
    """One PostgreSQL database per xdist worker, so parallel tests never share rows."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    with admin.connect() as conn:
        exists = conn.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        )
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url() -> str:
    if not PG_URL:
        pytest.skip(PG_SKIP)
    url = worker_database(PG_URL)
    prepare(url)
    return url


@pytest.fixture(scope="session", params=_backends())
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="session")
def database_url(backend: str, request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")


@pytest.fixture(scope="session")
def settings(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    state = tmp_path_factory.mktemp("state")
    return Settings(
        env="test", database_url=database_url, secret_key=TEST_SECRET, state_dir=state
    )


@pytest.fixture(scope="session")
def app_client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as client:
        yield client


def wipe(engine: Engine) -> None:
    """Delete every row, children first, and re-seed the default content library, so
    each test starts from a fresh database."""
    with engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(text(f"DELETE FROM {table.name}"))
    with Session(engine) as db, db.begin():
        seed_if_empty(db, load_library())


@pytest.fixture
def client(app_client: TestClient) -> Iterator[TestClient]:
    yield app_client
    state = app_client.app.state  # type: ignore[attr-defined]
    wipe(state.engine)
    state.content.invalidate()
    state.models.invalidate()


@pytest.fixture
def db(client: TestClient) -> Iterator[Session]:
    """A session on the app's database, to arrange rows and assert what was written."""
    engine = client.app.state.engine  # type: ignore[attr-defined]
    # DEFERRED on SQLite: reading here must not hold the write lock the app needs.
    session = make_sessionmaker(engine, read_only=True)()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


@pytest.fixture
def keys(db: Session) -> dict[str, str]:
    """A raw API key per role."""
    # The SDR key is Sam's: SDR keys check their own sends only.
    senders = {"sdr": "sam@seller.example"}
    raw = {
        role: create_key(
            db, role=role, name=f"test-{role}", sender_email=senders.get(role)
        )[1]
        for role in ROLES
    }
    db.commit()
    return raw


@pytest.fixture
def auth(keys: dict[str, str]) -> dict[str, dict[str, str]]:
    """Authorization headers per role."""
    return {role: {"Authorization": f"Bearer {key}"} for role, key in keys.items()}
