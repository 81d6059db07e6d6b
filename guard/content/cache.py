"""The library as decisions see it: read once, refreshed after a short time or an edit.

A check must not query the library: suggestions come from this in-process copy. Edits in
this process refresh it at once; other workers see them within `ttl` seconds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from guard.content.service import active_assets
from rules.features.content import Asset


class ContentCache:
    def __init__(
        self, *, ttl: float = 15.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self._clock = clock
        self._assets: tuple[Asset, ...] | None = None
        self._loaded_at = 0.0
        self._lock = threading.Lock()

    def assets(self, db: Session) -> tuple[Asset, ...]:
        if self._assets is None or self._clock() - self._loaded_at > self.ttl:
            with self._lock:
                self._assets = active_assets(db)
                self._loaded_at = self._clock()
        return self._assets

    def cached(self) -> tuple[Asset, ...] | None:
        """The assets if they need no reading now (else None: call `assets`)."""
        assets = self._assets
        if assets is None or self._clock() - self._loaded_at > self.ttl:
            return None
        return assets

    def invalidate(self) -> None:
        self._assets = None
