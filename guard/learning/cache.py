"""The active bump model as decisions see it: read from the database, refreshed after
a short time, so an activation reaches every worker within `ttl` seconds.

A check never parses a model: the cache keeps the parsed one until the active id
changes. None means the shipped model decides.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from guard.analysis.model.linear import LinearModel
from guard.learning import store

log = logging.getLogger("guard.learning")


class ActiveModelCache:
    def __init__(
        self,
        *,
        name: str = "bump",
        ttl: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.ttl = ttl
        self._clock = clock
        self._id: str | None = None
        self._model: LinearModel | None = None
        self._checked_at: float | None = None
        self._lock = threading.Lock()

    def model(self, db: Session) -> LinearModel | None:
        now = self._clock()
        if self._checked_at is not None and now - self._checked_at <= self.ttl:
            return self._model
        with self._lock:
            active = store.active_id(db, self.name)
            if active != self._id:
                model = store.load(db, active, name=self.name) if active else None
                self._id, self._model = active, model
                log.info("bump model: %s", active or "shipped")
            self._checked_at = now
        return self._model

    def cached(self) -> tuple[LinearModel | None] | None:
        """(the model,) if it needs no reading now, else None: call `model`."""
        checked = self._checked_at
        if checked is None or self._clock() - checked > self.ttl:
            return None
        return (self._model,)

    def invalidate(self) -> None:
        self._checked_at = None
