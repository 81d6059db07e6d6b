"""Engine and sessions: the request owns the transaction, services never commit."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from guard.settings import Settings


def make_engine(settings: Settings, **kwargs: Any) -> Engine:
    if settings.is_sqlite:
        return _sqlite_engine(settings, **kwargs)
    return _postgres_engine(settings, **kwargs)


def _sqlite_engine(settings: Settings, **kwargs: Any) -> Engine:
    engine = create_engine(
        settings.database_url,
        connect_args={
            "check_same_thread": False,
            "timeout": settings.sqlite_busy_timeout_ms / 1000,
        },
        **kwargs,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below); pysqlite's implicit BEGIN would be DEFERRED.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={settings.sqlite_busy_timeout_ms}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: per-contact limits stay exact under
        # concurrency, and two writers never deadlock upgrading a read lock. Read-only
        # callers may ask for execution_options(sqlite_begin="DEFERRED").
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _postgres_engine(settings: Settings, **kwargs: Any) -> Engine:
    timeout = settings.statement_timeout_ms
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    return create_engine(
        settings.database_url,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": max(1, int(settings.fallback_budget_seconds)),
            "options": f"-c statement_timeout={timeout} -c lock_timeout={timeout}",
        },
        **kwargs,
    )


def make_sessionmaker(
    engine: Engine, *, read_only: bool = False
) -> sessionmaker[Session]:
    bind = engine.execution_options(sqlite_begin="DEFERRED") if read_only else engine
    return sessionmaker(bind, expire_on_commit=False, autoflush=False)


def get_session(request: Request) -> Iterator[Session]:
    """One transaction per request: commit when the endpoint returns, else roll back."""
    # Reads need no write lock (SQLite: a DEFERRED transaction; elsewhere the same).
    reading = request.method in ("GET", "HEAD")
    factory = (
        request.app.state.read_sessionmaker
        if reading
        else request.app.state.sessionmaker
    )
    lock = nullcontext() if reading else request.app.state.write_lock
    with lock:
        session: Session = factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()


def make_write_lock(engine: Engine) -> AbstractContextManager[object]:
    """Writers of one SQLite process queue on a fair in-process lock.

    SQLite's own busy handler polls with sleeps of up to 100 ms, so threads contending
    for BEGIN IMMEDIATE wait far longer than the write takes. Queueing them here first
    keeps the database lock for cross-process contention only. PostgreSQL locks rows.
    """
    return FairLock() if engine.dialect.name == "sqlite" else nullcontext()


class FairLock:
    """A lock taken in the order it was asked for.

    `threading.Lock` lets a newly arrived thread overtake the ones already waiting:
    under a burst of webhook calls some callers then wait seconds while others pass.
    Here each waiter parks on its own event and the holder hands the lock to the
    longest-waiting one.
    """

    def __init__(self) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[threading.Event] = deque()
        self._held = False

    def __enter__(self) -> FairLock:
        with self._mutex:
            if not self._held:
                self._held = True
                return self
            turn = threading.Event()
            self._waiters.append(turn)
        turn.wait()  # set by the holder that hands over: the lock is now ours
        return self

    def __exit__(self, *_: object) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._held = False


# scope="function": commit as soon as the endpoint returns, before the answer is sent,
# so a client never sees a decision that was not stored.
DbSession = Annotated[Session, Depends(get_session, scope="function")]
