"""Engine and sessions: the request owns the transaction, services never commit."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from guard.file_lock import ProcessQueue
from guard.settings import Settings
from guard.state import GuardState, state_of


def make_engine(settings: Settings, **kwargs: Any) -> Engine:
    # A database error never quotes the statement's values (message text, addresses)
    # into a log line.
    kwargs.setdefault("hide_parameters", True)
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
    def _on_connect(dbapi_conn: Any, record: Any) -> None:
        # We issue BEGIN ourselves (below); pysqlite's implicit BEGIN would be DEFERRED.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={settings.sqlite_busy_timeout_ms}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()
        record.info[_BUSY_MS] = settings.sqlite_busy_timeout_ms

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front: per-contact limits stay exact under
        # concurrency, and two writers never deadlock upgrading a read lock. Read-only
        # callers may ask for execution_options(sqlite_begin="DEFERRED").
        options = conn.get_execution_options()
        mode = options.get("sqlite_begin", "IMMEDIATE")
        # Another process's writer is waited for no longer than the caller's deadline
        # (a unit of work passes it as wait_until, a time.monotonic()).
        until = options.get("wait_until")
        wanted = (
            settings.sqlite_busy_timeout_ms
            if until is None
            else max(0, int((until - time.monotonic()) * 1000))
        )
        info = conn.connection.info
        busy_ms = busy_timeout_for(info.get(_BUSY_MS), wanted)
        if busy_ms is not None:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_ms}")
            info[_BUSY_MS] = busy_ms
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


# The busy timeout a SQLite connection has (PRAGMA busy_timeout), in its pool record.
_BUSY_MS = "guard_busy_timeout_ms"


def busy_timeout_for(current: int | None, wanted: int) -> int | None:
    """The busy timeout to set before a transaction that may wait `wanted` ms, or
    None when the connection's `current` one will do.

    A PRAGMA before every BEGIN is a second statement per transaction, and each
    request's deadline differs by a few ms. The current timeout serves while it is
    no longer than `wanted` and at most a tenth (200 ms at most) shorter; a new one
    is set that much below `wanted`, so the next few transactions keep it.
    """
    slack = min(200, wanted // 10)
    if current is not None and wanted - slack <= current <= wanted:
        return None
    return wanted - slack // 2


def _postgres_engine(settings: Settings, **kwargs: Any) -> Engine:
    timeout = settings.statement_timeout_ms
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    # A request waits for a connection no longer than it may wait for a lock.
    kwargs.setdefault("pool_timeout", settings.write_wait_seconds)
    connect_args: dict[str, Any] = {
        "connect_timeout": max(1, int(settings.fallback_budget_seconds)),
    }
    pooled = settings.database_pooling == "transaction"
    if pooled:
        # Behind PgBouncer in transaction mode each transaction may run on another
        # server connection: a statement psycopg prepared on one is unknown on the
        # next (PgBouncer before 1.21 does not track them), and a startup option or a
        # session SET would stay on whichever connection it reached.
        connect_args["prepare_threshold"] = None
    else:
        connect_args["options"] = (
            f"-c statement_timeout={timeout} -c lock_timeout={timeout}"
        )
    engine = create_engine(
        settings.database_url,
        pool_pre_ping=True,
        connect_args=connect_args,
        **kwargs,
    )
    if pooled:

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # set_config(..., true) is SET LOCAL: it ends with the transaction.
            conn.exec_driver_sql(
                "SELECT set_config('statement_timeout', %(t)s, true),"
                " set_config('lock_timeout', %(t)s, true)",
                {"t": str(timeout)},
            )

    return engine


def open_database(state: GuardState, settings: Settings) -> None:
    """The application's database on its `state`: the engine, a session maker for
    writes and one for reads, and the write lock."""
    engine = make_engine(settings)
    state.engine = engine
    state.sessionmaker = make_sessionmaker(engine)
    state.read_sessionmaker = make_sessionmaker(engine, read_only=True)
    state.write_lock = make_write_lock(engine)


def make_sessionmaker(
    engine: Engine, *, read_only: bool = False
) -> sessionmaker[Session]:
    bind = engine.execution_options(sqlite_begin="DEFERRED") if read_only else engine
    return sessionmaker(bind, expire_on_commit=False, autoflush=False)


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request's session. Reads begin DEFERRED and need no write lock; a write
    session starts no transaction here: the endpoint's unit of work (guard/unit_of_work)
    takes the write lock, does the work and commits inside one thread call.

    Async: making a session touches no database, and neither does closing one that
    holds no connection (a write session comes back from its unit of work closed), so
    neither needs a hop to a worker thread; a read session that did connect is
    released in one."""
    state = state_of(request)
    reading = request.method in ("GET", "HEAD")
    session = state.read_sessionmaker() if reading else write_session(state)
    try:
        yield session
    finally:
        # A write session comes back from its unit of work committed and closed; a
        # transaction still open here began outside one and is not kept.
        stray = "turn" in session.info and session.in_transaction()
        if session.in_transaction():
            await run_in_threadpool(_end, session)
        else:
            _end(session)
    if stray:
        raise RuntimeError(f"{request.url.path} wrote outside a unit of work")


def _end(session: Session) -> None:
    session.rollback()
    session.close()


def write_session(state: GuardState) -> Session:
    """A session for one unit of work (guard/unit_of_work.in_turn): it may wait for
    the write lock until `settings.write_wait_seconds` from now."""
    session: Session = state.sessionmaker()
    wait = state.settings.write_wait_seconds
    session.info["turn"] = Turn(state.write_lock, time.monotonic() + wait)
    return session


@dataclass(frozen=True, slots=True)
class Turn:
    """A write session's place in the writers' queue: its lock and until when it may
    wait for it (time.monotonic())."""

    lock: WriteLock
    deadline: float


class LockWaitExpired(TimeoutError):
    """The write lock stayed taken until the caller's deadline."""


class WriteLock(Protocol):
    def within(self, deadline: float) -> AbstractContextManager[object]: ...


def make_write_lock(engine: Engine) -> WriteLock:
    """Writers of one SQLite process queue on a fair in-process lock, then (a database
    file other processes may open) on the processes' queue (guard/file_lock).

    SQLite's own busy handler polls with sleeps of up to 100 ms, so writers contending
    for BEGIN IMMEDIATE wait far longer than the write takes. Queueing them here first
    leaves it for writers outside the server only. PostgreSQL locks rows.
    """
    if engine.dialect.name != "sqlite":
        return NoLock()
    database = _database_file(engine)
    return FairLock(ProcessQueue(database) if database else None)


def _database_file(engine: Engine) -> Path | None:
    """The SQLite database's file; None for an in-memory one (one process only)."""
    url = engine.url
    name = url.database or ""
    if name in ("", ":memory:") or url.query.get("mode") == "memory":
        return None
    return Path(name.removeprefix("file:")).resolve()


class NoLock:
    """PostgreSQL: writers wait on row locks, bounded by lock_timeout."""

    def within(self, deadline: float) -> AbstractContextManager[object]:
        return nullcontext()


class FairLock:
    """A lock taken in the order it was asked for, waited for until a deadline.

    `threading.Lock` lets a newly arrived thread overtake the ones already waiting:
    under a burst of webhook calls some callers then wait seconds while others pass.
    Here each waiter parks on its own event and the holder hands the lock to the
    longest-waiting one. A waiter whose deadline passes leaves the queue.
    """

    def __init__(self, across: ProcessQueue | None = None) -> None:
        self._mutex = threading.Lock()
        self._waiters: deque[threading.Event] = deque()
        self._held = False
        # Then the other processes' writers: a turn is held with both.
        self._across = across

    @contextmanager
    def within(self, deadline: float) -> Iterator[FairLock]:
        if not self.acquire(deadline):
            raise LockWaitExpired("the database is busy with other writes")
        try:
            yield self
        finally:
            self.release()

    def acquire(self, deadline: float | None = None) -> bool:
        if not self._acquire_here(deadline):
            return False
        if self._across is None or self._across.acquire(deadline):
            return True
        self._release_here()
        return False

    def release(self) -> None:
        if self._across is not None:
            self._across.release()
        self._release_here()

    def _acquire_here(self, deadline: float | None) -> bool:
        with self._mutex:
            if not self._held:
                self._held = True
                return True
            turn = threading.Event()
            self._waiters.append(turn)
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        if turn.wait(timeout):  # set by the holder that hands over: the lock is ours
            return True
        with self._mutex:
            if turn.is_set():  # handed over just as the wait ran out
                return True
            self._waiters.remove(turn)
            return False

    def _release_here(self) -> None:
        with self._mutex:
            if self._waiters:
                self._waiters.popleft().set()
            else:
                self._held = False

    def __enter__(self) -> FairLock:
        self.acquire()
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


# scope="function": commit as soon as the endpoint returns, before the answer is sent,
# so a client never sees a decision that was not stored.
DbSession = Annotated[Session, Depends(get_session, scope="function")]
