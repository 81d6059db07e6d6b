"""SQLite: a transaction's wait for other processes' writers is bounded by its
deadline without a PRAGMA before every BEGIN."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import event, text

from guard.db import busy_timeout_for, make_engine
from guard.settings import Settings


def _engine(tmp_path: Path) -> tuple[object, list[str]]:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'guard.db'}")
    engine = make_engine(settings, pool_size=1)
    sent: list[str] = []
    event.listen(
        engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *rest: sent.append(statement),
    )
    return engine, sent


def test_transactions_on_one_connection_set_the_busy_timeout_once(
    tmp_path: Path,
) -> None:
    engine, sent = _engine(tmp_path)
    for _ in range(5):
        wait = engine.execution_options(wait_until=time.monotonic() + 5.0)
        with wait.begin() as conn:
            conn.execute(text("SELECT 1"))
        reading = engine.execution_options(sqlite_begin="DEFERRED")
        with reading.begin() as conn:
            conn.execute(text("SELECT 1"))
    assert sum("busy_timeout" in s for s in sent) == 1
    assert sum(s.startswith("BEGIN") for s in sent) == 10


def test_a_nearer_deadline_shortens_the_wait(tmp_path: Path) -> None:
    engine, _ = _engine(tmp_path)
    waits = []
    for seconds in (5.0, 0.3, 5.0):
        near = engine.execution_options(wait_until=time.monotonic() + seconds)
        with near.begin() as conn:
            waits.append(conn.execute(text("PRAGMA busy_timeout")).scalar())
    assert 4800 <= waits[0] <= 5000
    assert 270 <= waits[1] <= 300
    assert 4800 <= waits[2] <= 5000


def test_the_wait_kept_is_never_longer_than_the_deadline() -> None:
    for current in (None, 0, 50, 290, 300, 4900, 5000):
        for wanted in (0, 10, 300, 4999, 5000):
            kept = busy_timeout_for(current, wanted)
            wait = current if kept is None else kept
            assert wait is not None
            assert wanted - min(200, wanted // 10) <= wait <= wanted
