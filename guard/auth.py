"""API keys and roles: `Authorization: Bearer <key>`, an Annotated alias per role."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.errors import Forbidden, InvalidInput, Unauthorized
from guard.observability.logs import note
from guard.state import state_of
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


def authenticate(request: Request) -> Caller:
    """The caller behind the bearer key. A short read of its own, before any write
    lock: a wrong key never queues behind the writers."""
    token = bearer_token(request)
    with state_of(request).read_sessionmaker() as db:
        caller = caller_for_key(db, token)
    note(caller_id=caller.key_id, caller_role=caller.role)
    return caller


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
    # dependencies in its thread pool, a hop per dependency per request).
    async def dependency(caller: Annotated[Caller, Depends(authenticate)]) -> Caller:
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
