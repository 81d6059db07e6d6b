"""Revoke API keys (the API and the CLI share this), with an audit event each."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.errors import NotFound
from models import ApiKey, AuditEvent, Integration


def audit_key(db: Session, *, actor: str, action: str, key_id: int) -> None:
    db.add(
        AuditEvent(
            actor=actor, action=action, subject_type="api_key", subject_id=str(key_id)
        )
    )


def revoke_key(db: Session, *, key_id: int, actor: str) -> ApiKey:
    """Revoke a key. Every server process stops accepting it within a second: the
    write moves the revision stamp its integration cache polls."""
    key = db.get(ApiKey, key_id)
    if key is None:
        raise NotFound(f"No API key {key_id}.")
    if key.revoked_at is None:
        key.revoked_at = datetime.now(UTC)
        audit_key(db, actor=actor, action="key.revoked", key_id=key.id)
    return key


def revoke_integration(db: Session, *, name: str, actor: str) -> ApiKey:
    """Revoke the API key of the integration called `name`: its calls are refused."""
    key_id = db.scalar(select(Integration.api_key_id).where(Integration.name == name))
    if key_id is None:
        raise NotFound(f"No integration named {name!r}.")
    return revoke_key(db, key_id=key_id, actor=actor)
