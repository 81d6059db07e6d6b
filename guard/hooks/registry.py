"""Integrations by API key, remembered in process so the hook can answer when the
database cannot: the fallback needs the caller's mode and secrets without a query."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.auth import hash_key
from models import ApiKey, Integration


@dataclass(frozen=True, slots=True)
class Caller:
    integration_id: int
    name: str
    mode: str
    secrets: tuple[str, ...]
    key_id: int


class IntegrationCache:
    def __init__(self) -> None:
        self._by_hash: dict[str, Caller] = {}
        self._lock = threading.Lock()

    def cached(self, raw_key: str) -> Caller | None:
        return self._by_hash.get(hash_key(raw_key))

    def load(self, db: Session, raw_key: str) -> Caller | None:
        """Look the key up in the database and remember the answer."""
        digest = hash_key(raw_key)
        row = db.execute(
            select(Integration, ApiKey)
            .join(ApiKey, ApiKey.id == Integration.api_key_id)
            .where(ApiKey.key_hash == digest, ApiKey.revoked_at.is_(None))
        ).first()
        if row is None:
            with self._lock:
                self._by_hash.pop(digest, None)
            return None
        integration, key = row
        caller = Caller(
            integration.id,
            integration.name,
            integration.mode,
            tuple(integration.secrets or ()),
            key.id,
        )
        with self._lock:
            self._by_hash[digest] = caller
        return caller

    def forget(self) -> None:
        with self._lock:
            self._by_hash.clear()
