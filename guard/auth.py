"""API keys and roles: `Authorization: Bearer <key>`, an Annotated alias per role."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event, select
from sqlalchemy.orm import Session, object_session
from starlette.concurrency import run_in_threadpool

from guard.errors import Forbidden, InvalidInput, Unauthorized
from guard.observability.logs import note
from guard.state import GuardState, state_of
from guard.teams import ensure_team
from models import ROLES, ApiKey

KEY_PREFIX = "cg_"


@dataclass(frozen=True, slots=True)
class Caller:
    key_id: int | None
    name: str
    role: str
    team_id: int | None = None
    sender_email: str | None = None

    @property
    def actor(self) -> str:
        return f"key:{self.name}"


# Whoever runs the CLI on the server has the database itself: an admin.
CLI_ADMIN = Caller(key_id=None, name="cli", role="admin")


def hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def create_key(
    db: Session,
    *,
    role: str,
    name: str,
    team: str | None = None,
    sender_email: str | None = None,
) -> tuple[ApiKey, str]:
    """Create a key; the raw key is returned once and only its digest is stored."""
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}", field="role")
    raw = KEY_PREFIX + secrets.token_urlsafe(32)
    team_id = ensure_team(db, team) if team else None
    key = ApiKey(
        name=name,
        role=role,
        key_hash=hash_key(raw),
        prefix=raw[:10],
        team_id=team_id,
        sender_email=sender_email.lower() if sender_email else None,
    )
    db.add(key)
    db.flush()
    return key, raw


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("Send your API key as 'Authorization: Bearer <key>'.")
    return token.strip()


async def authenticate(request: Request) -> Caller:
    """The caller behind the bearer key: from the process's KeyCache, else a short
    read of its own (in a worker thread), before any write lock: a wrong key never
    queues behind the writers."""
    token = bearer_token(request)
    state = state_of(request)
    caller = state.keys.get(state, token)
    if caller is None:
        caller = await run_in_threadpool(_look_up, state, token)
    note(caller_id=caller.key_id, caller_role=caller.role)
    return caller


def _look_up(state: GuardState, token: str) -> Caller:
    # What the cache may vouch for is taken before the read: a key revoked while it
    # runs moves the stamp (or the generation) past what the entry is stored with.
    valid_as_of = state.keys.as_of(state)
    with state.read_sessionmaker() as db:
        caller = caller_for_key(db, token)
    if valid_as_of is not None:
        state.keys.put(token, caller, valid_as_of)
    return caller


class KeyCache:
    """Callers by key digest, each valid as long as nothing about API keys changed.

    The integration cache (guard/hooks/registry.py) reads the revision stamp that
    database triggers move on every write to `api_keys`, whoever makes it, every
    GUARD_REVOCATION_POLL_SECONDS. An entry is used only while that stamp was read
    less than FRESH_SECONDS ago and is still the one read before the entry's own
    lookup: a key revoked by another process, the CLI or SQL by hand stops working
    here within a second, as it does for the hook. A write to `api_keys` committed in
    this process moves `_generation` too, so here it takes effect at once. Unknown and
    revoked keys are never cached: a key created elsewhere a moment ago is looked up.
    """

    LIMIT = 10_000
    # The stamp is read every poll interval (0.5 s by default); a poller late by a
    # few hundred milliseconds under load does not send every request to the
    # database, and a revocation still lands within a second.
    FRESH_SECONDS = 0.8

    def __init__(self) -> None:
        self._entries: dict[str, tuple[Caller, tuple[object, int]]] = {}

    @staticmethod
    def as_of(state: Any) -> tuple[object, int] | None:
        integrations = getattr(state, "integrations", None)
        if integrations is None:
            return None
        known = integrations.fresh_revision(KeyCache.FRESH_SECONDS)
        return None if known is None else (known, _generation[0])

    def get(self, state: Any, token: str) -> Caller | None:
        entry = self._entries.get(hash_key(token))
        if entry is None:
            return None
        caller, stored_as_of = entry
        now = self.as_of(state)
        if now is None or now[1] != stored_as_of[1] or now[0] is not stored_as_of[0]:
            return None
        return caller

    def put(self, token: str, caller: Caller, as_of: tuple[object, int]) -> None:
        if len(self._entries) >= self.LIMIT:
            self._entries.clear()
        self._entries[hash_key(token)] = (caller, as_of)


# Moved by every commit in this process that wrote an API key (below).
_generation = [0]
_KEYS_WRITTEN = "guard.auth.keys_written"


def _key_written(_mapper: Any, _connection: Any, key: ApiKey) -> None:
    session = object_session(key)
    if session is not None:
        session.info[_KEYS_WRITTEN] = True
    else:  # written outside a session's flush: forget everything now
        _generation[0] += 1


for _event in ("after_insert", "after_update", "after_delete"):
    event.listen(ApiKey, _event, _key_written)


@event.listens_for(Session, "after_commit")
def _keys_committed(session: Session) -> None:
    if session.info.pop(_KEYS_WRITTEN, False):
        _generation[0] += 1


@event.listens_for(Session, "after_soft_rollback")
def _keys_rolled_back(session: Session, _previous: Any) -> None:
    if not session.in_transaction():
        session.info.pop(_KEYS_WRITTEN, None)


def caller_for_key(db: Session, token: str) -> Caller:
    """The caller a raw API key stands for; 401 if unknown or revoked."""
    key = db.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(token)))
    if key is None or key.revoked_at is not None:
        raise Unauthorized("This API key is unknown or revoked.")
    return Caller(key.id, key.name, key.role, key.team_id, key.sender_email)


def require_role(*roles: str) -> Callable[[Caller], Caller]:
    """A dependency admitting `roles` (and admin), refusing others with 403."""
    allowed = frozenset(roles) | {"admin"}

    # async: a check of a value needs no worker thread (FastAPI runs sync
    # dependencies in its thread pool, a hop per dependency per request); and
    # authenticate is awaited here rather than declared as a dependency of its own,
    # one layer less for FastAPI to resolve on every request.
    async def dependency(request: Request) -> Caller:
        caller = await authenticate(request)
        if caller.role not in allowed:
            raise Forbidden(
                f"A {caller.role} key may not do this; it needs one of: "
                + ", ".join(sorted(allowed))
            )
        return caller

    return dependency


# Every role that uses the API; a metrics key reads /metrics only.
API_ROLES = tuple(role for role in ROLES if role != "metrics")
AnyCaller = Annotated[Caller, Depends(require_role(*API_ROLES))]
Admin = Annotated[Caller, Depends(require_role("admin"))]
Checker = Annotated[Caller, Depends(require_role("sdr", "integration", "manager"))]
Integration = Annotated[Caller, Depends(require_role("integration"))]
Writer = Annotated[Caller, Depends(require_role("integration", "manager"))]
MetricsReader = Annotated[Caller, Depends(require_role("metrics"))]
