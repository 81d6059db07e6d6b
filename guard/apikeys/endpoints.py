"""/v1/keys: admins manage API keys; a key's secret is shown once, at creation."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Response
from pydantic import BaseModel, ConfigDict, EmailStr, Field
from sqlalchemy import select

from guard.apikeys import service
from guard.auth import Admin, create_key
from guard.db import DbSession
from guard.inputs import InputModel
from guard.responses import PROBLEMS, RowId
from guard.unit_of_work import UnitOfWorkRoute
from models import ApiKey, Team

router = APIRouter(prefix="/v1", tags=["keys"], route_class=UnitOfWorkRoute)


class KeyIn(InputModel):
    model_config = ConfigDict(extra="forbid")
    role: Literal["admin", "manager", "sdr", "integration", "metrics"]
    name: str = Field(min_length=1, max_length=200)
    team: str | None = Field(None, max_length=100)
    sender_email: EmailStr | None = None


class KeyOut(BaseModel):
    id: int
    name: str
    role: str
    prefix: str
    team: str | None = None
    sender_email: str | None = None
    created_at: datetime
    revoked_at: datetime | None = None


class NewKeyOut(KeyOut):
    key: str = Field(description="the secret: shown now and never again")


@router.post("/keys", response_model=NewKeyOut, status_code=201, responses=PROBLEMS)
def create(data: KeyIn, db: DbSession, caller: Admin) -> NewKeyOut:
    """Create a key; its secret is in this answer only (the guard keeps a digest)."""
    key, raw = create_key(
        db,
        role=data.role,
        name=data.name,
        team=data.team,
        sender_email=str(data.sender_email) if data.sender_email else None,
    )
    service.audit_key(db, actor=caller.actor, action="key.created", key_id=key.id)
    return NewKeyOut(**_out(key, data.team).model_dump(), key=raw)


@router.get("/keys", response_model=list[KeyOut], responses=PROBLEMS)
def list_keys(db: DbSession, caller: Admin) -> list[KeyOut]:
    """Every key, without secrets."""
    rows = db.execute(
        select(ApiKey, Team.name).outerjoin(Team, Team.id == ApiKey.team_id)
    )
    return [_out(key, team) for key, team in rows]


@router.delete("/keys/{key_id}", status_code=204, responses=PROBLEMS)
def revoke(key_id: RowId, db: DbSession, caller: Admin) -> Response:
    """Revoke a key: the API refuses it at once, the pre-dispatch hook of every
    server process within a second."""
    service.revoke_key(db, key_id=key_id, actor=caller.actor)
    return Response(status_code=204)


def _out(key: ApiKey, team: str | None) -> KeyOut:
    return KeyOut(
        id=key.id,
        name=key.name,
        role=key.role,
        prefix=key.prefix,
        team=team,
        sender_email=key.sender_email,
        created_at=key.created_at,
        revoked_at=key.revoked_at,
    )
