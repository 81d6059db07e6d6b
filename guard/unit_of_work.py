"""A write request's unit of work: lock, work and commit inside one thread call.

FastAPI runs a sync endpoint in one worker thread and a yield-dependency's teardown in
another. A write lock taken in the dependency and released in its teardown is held while
the request waits for threads: under a burst, every worker thread can end up waiting for
a lock whose holder waits for a worker thread, and the server stops answering.

Here the endpoint's own thread call takes the write lock (waiting at most until the
request's deadline), runs the endpoint, commits and lets go. The holder never needs
another thread, a password hash or the network to finish.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from fastapi.routing import APIRoute
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from guard.db import DbSession, LockWaitExpired, Turn
from guard.errors import Busy

T = TypeVar("T")
_BUSY = "The database is busy with other writes; try again shortly."
_READS = frozenset({"GET", "HEAD"})
# SQLite's "database is locked", PostgreSQL's lock_not_available and query_canceled:
# another writer kept the row or the database past the wait.
_BUSY_STATES = frozenset({"55P03", "57014"})


def in_turn(db: Session, work: Callable[[], T]) -> T:
    """Run `work` holding the write lock, then commit; roll back on any error."""
    turn: Turn = db.info["turn"]
    try:
        with turn.lock.within(turn.deadline):
            try:
                db.connection(execution_options={"wait_until": turn.deadline})
                result = work()
                db.commit()
            except BaseException:
                db.rollback()
                raise
            finally:
                # Later attribute loads must fail loudly, not begin a new transaction
                # outside the lock.
                db.close()
    except LockWaitExpired as exc:
        raise Busy(
            "The database is busy with other writes; try again shortly."
        ) from exc
    except (OperationalError, PoolTimeout) as exc:
        if _is_busy(exc):
            raise Busy(
                "The database is busy with other writes; try again shortly."
            ) from exc
        raise
    return result


async def write(db: Session, work: Callable[[], T]) -> T:
    """`in_turn` from async code: waits for a thread first, then for the lock."""
    return await run_in_threadpool(in_turn, db, work)


def _is_busy(exc: SQLAlchemyError) -> bool:
    if isinstance(exc, PoolTimeout):
        return True
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) in _BUSY_STATES:
        return True
    return "database is locked" in str(orig)


class UnitOfWorkRoute(APIRoute):
    """Every route of the API and pages: a sync write endpoint that takes the request's
    session runs as one unit of work (see the module's docstring)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        methods = set(kwargs.get("methods") or ())
        param = _session_param(endpoint)
        if param and methods - _READS and not inspect.iscoroutinefunction(endpoint):
            endpoint = _as_unit_of_work(endpoint, param)
        super().__init__(path, endpoint, **kwargs)


def _session_param(endpoint: Callable[..., Any]) -> str | None:
    hints = typing.get_type_hints(endpoint, include_extras=True)
    return next((name for name, hint in hints.items() if hint == DbSession), None)


def _as_unit_of_work(endpoint: Callable[..., Any], param: str) -> Callable[..., Any]:
    """An async endpoint with the same parameters: FastAPI awaits it on the event loop
    (so answering needs no second thread) and it runs `endpoint` with `in_turn`."""

    async def run(**values: Any) -> Any:
        return await write(values[param], partial(endpoint, **values))

    run.__signature__ = inspect.signature(endpoint, eval_str=True)  # type: ignore[attr-defined]
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        setattr(run, attr, getattr(endpoint, attr))
    return run


def refuse_writes_outside_units(routes: list[Any]) -> None:
    """Start-up check: a write route that takes the request's session must be a
    UnitOfWorkRoute, or its writes would not be committed (see get_session)."""
    for route in routes:
        if not isinstance(route, APIRoute) or isinstance(route, UnitOfWorkRoute):
            continue
        if set(route.methods) - _READS and _session_param(route.endpoint):
            raise RuntimeError(
                f"{route.path}: a write endpoint taking DbSession needs a router "
                "with route_class=UnitOfWorkRoute"
            )
