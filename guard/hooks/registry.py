"""Integrations by API key, held in every server process so the hook can authenticate
a caller, and knows its fail mode, without the database.

The set is loaded at start (from the database, or from the local snapshot file when the
database is down) and reloaded whenever the `revisions` stamp moves: triggers change it
on every write to `api_keys` or `integrations`, so a revoked key or a rotated-out secret
stops working in every process within `GUARD_REVOCATION_POLL_SECONDS`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.auth import hash_key
from guard.db import make_engine, make_sessionmaker
from guard.hooks import snapshot_file
from guard.settings import Settings
from models import ApiKey, Integration, Revision

log = logging.getLogger("guard.hooks")
REVISION = "integrations"


@dataclass(frozen=True, slots=True)
class Caller:
    integration_id: int
    name: str
    mode: str
    secrets: tuple[str, ...]
    key_id: int


@dataclass(frozen=True, slots=True)
class Known:
    """Every integration with a live key, as of one revision stamp."""

    revision: str | None
    by_hash: Mapping[str, Caller]
    from_database: bool


class IntegrationCache:
    def __init__(self, snapshot: Path | None = None, poll_seconds: float = 0.5) -> None:
        self._known: Known | None = None
        self._checked = float("-inf")  # time.monotonic() of the last stamp read
        self._snapshot = snapshot
        self._poll = poll_seconds
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the cache knows the integrations at all (else nothing verifies)."""
        return self._known is not None

    def get(self, raw_key: str) -> Caller | None:
        """The integration behind `raw_key` as last known; never asks the database."""
        known = self._known
        return known.by_hash.get(hash_key(raw_key)) if known else None

    def stale(self) -> bool:
        return time.monotonic() - self._checked >= self._poll

    def fresh_revision(self, within: float) -> Known | None:
        """What is known now, if it came from the database and its stamp was read
        less than `within` seconds ago (or the poll interval, if longer); None
        otherwise: ask the database. A new object whenever the stamp moves, so it tells
        caches of `api_keys` rows when to forget (guard/auth.KeyCache)."""
        known = self._known
        age = time.monotonic() - self._checked
        if known is None or not known.from_database or age >= max(within, self._poll):
            return None
        return known

    def refresh(self, db: Session) -> None:
        """Read the revision stamp (one row); reload every integration if it moved."""
        stamp = db.scalar(select(Revision.stamp).where(Revision.name == REVISION))
        known = self._known
        if known is None or not known.from_database or known.revision != stamp:
            self._replace(Known(stamp, _load(db), from_database=True))
        self._checked = time.monotonic()

    def restore(self) -> bool:
        """Take the snapshot file's copy if nothing fresher is known (database down)."""
        if self._known is not None or self._snapshot is None:
            return self._known is not None
        entries = snapshot_file.read(self._snapshot)
        if entries is None:
            return False
        revision, callers = entries
        by_hash = {digest: Caller(**fields) for digest, fields in callers.items()}
        with self._lock:
            if self._known is None:
                self._known = Known(revision, by_hash, from_database=False)
        log.warning("integrations restored from %s (no database)", self._snapshot)
        return True

    def _replace(self, known: Known) -> None:
        # One writer at a time (a request and the poller may both see the stamp move):
        # the file is then always one complete copy.
        with self._lock:
            self._known = known
            if self._snapshot is not None:
                rows = {digest: _fields(c) for digest, c in known.by_hash.items()}
                snapshot_file.write(self._snapshot, known.revision, rows)


def _load(db: Session) -> dict[str, Caller]:
    rows = db.execute(
        select(Integration, ApiKey)
        .join(ApiKey, ApiKey.id == Integration.api_key_id)
        .where(ApiKey.revoked_at.is_(None))
    )
    return {
        key.key_hash: Caller(
            integration.id,
            integration.name,
            integration.mode,
            tuple(integration.secrets or ()),
            key.id,
        )
        for integration, key in rows
    }


def _fields(caller: Caller) -> dict[str, object]:
    return {name: getattr(caller, name) for name in caller.__slots__}


class Refresher:
    """Polls the revision stamp in the background, so the cache stays fresh (and the
    snapshot file current) even when no hook call comes in to notice a change."""

    def __init__(
        self,
        cache: IntegrationCache,
        sessions: Callable[[], Session],
        interval: float,
    ) -> None:
        self._cache = cache
        self._sessions = sessions
        self._interval = interval
        self._stop = threading.Event()
        self._failing = False
        self._thread = threading.Thread(
            target=self._run, name="integration-refresher", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            self.poll()

    def poll(self) -> None:
        try:
            with self._sessions() as db, db.begin():
                self._cache.refresh(db)
        except Exception as exc:  # a database outage: keep what is known, say so once
            if not self._failing:
                log.warning("integrations not refreshed: %s", type(exc).__name__)
            self._failing = True
            self._cache.restore()
            return
        if self._failing:
            log.warning("integrations refreshed again from the database")
        self._failing = False


@contextmanager
def kept_fresh(cache: IntegrationCache, settings: Settings) -> Iterator[None]:
    """Load the integrations before serving (the fail modes must be known before the
    first call, database or not) and poll for changes until the server stops."""
    # The poller's own connection: it never queues for one behind requests.
    engine = make_engine(settings, pool_size=1, max_overflow=0)
    refresher = Refresher(
        cache,
        make_sessionmaker(engine, read_only=True),
        settings.revocation_poll_seconds,
    )
    refresher.poll()
    refresher.start()
    try:
        yield
    finally:
        refresher.stop()
        engine.dispose()
