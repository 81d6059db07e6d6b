"""Stored checks: an idempotency key's earlier answer, and GET /v1/checks."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session, selectinload

from guard.checks.present import contact_zone, present
from guard.checks.schemas import CheckOut
from guard.engine.snapshot import Rider
from guard.errors import Conflict, NotFound
from guard.observability import logs
from models import Check, Contact

# A stored decision is its check row, findings and review item: loaded together.
WITH_DECISION = selectinload(Check.findings), selectinload(Check.review)


def callers_keys(key_id: int | None) -> ColumnElement[bool]:
    """The checks whose idempotency keys are this caller's: keys are per API key, so
    nobody can pre-claim another caller's key (the CLI, keyless, has its own)."""
    column = Check.__table__.c.api_key_id
    return column.is_(None) if key_id is None else column == key_id


# Almost every key is new: ask whether it was used with a bare index lookup, and load
# the stored decision only for a real retry.
_KEY_USED = select(Check.__table__.c.id).where(
    Check.__table__.c.idempotency_key == bindparam("key"),
    Check.__table__.c.api_key_id == bindparam("key_id"),
)


def key_used(key_id: int, key: str) -> Rider:
    """The bare lookup of `find_stored`, as a rider of a check's snapshot read (one
    round trip fewer on PostgreSQL): a row in `rows["key_used"]` if the key was used."""
    return Rider({"key_used": _KEY_USED}, {"key": key, "key_id": key_id})


def find_stored(
    db: Session, key_id: int | None, key: str | None, digest: str, tz: ZoneInfo
) -> CheckOut | None:
    """The answer already given for idempotency key `key` (None: no key, or new)."""
    if key is None:
        return None
    if (
        key_id is not None
        and not db.execute(_KEY_USED, {"key": key, "key_id": key_id}).first()
    ):
        return None
    return load_stored(db, key_id, key, digest, tz)


def load_stored(
    db: Session, key_id: int | None, key: str, digest: str, tz: ZoneInfo
) -> CheckOut | None:
    """The answer given for `key`, once a lookup said it was used."""
    row = db.scalar(
        select(Check)
        .options(*WITH_DECISION)
        .where(Check.idempotency_key == key, callers_keys(key_id))
    )
    if row is None:
        return None
    # A retry of the same send gets the same answer; another send, a 409.
    refuse_changed_send(key, used_for=row.input_digest, digest=digest)
    out = present(row, tz, replayed=True)
    logs.note(check_id=out.check_id, verdict=out.verdict, replayed=True)
    return out


def refuse_changed_send(key: str, *, used_for: str, digest: str) -> None:
    if used_for != digest:
        raise Conflict(
            f"Idempotency key {key!r} was already used for a different planned send; "
            "use a new key for a new send.",
        )


def get_check(db: Session, check_id: str, visible: ColumnElement[bool]) -> CheckOut:
    """A stored check the caller may see (others' are reported as not found)."""
    query = select(Check).options(*WITH_DECISION).where(Check.id == check_id, visible)
    row = db.scalar(query)
    if row is None:
        raise NotFound(f"No check {check_id!r}.")
    contact = db.get(Contact, row.contact_id) if row.contact_id else None
    return present(row, contact_zone(contact.timezone if contact else None))


def list_checks(
    db: Session,
    visible: ColumnElement[bool],
    *,
    verdict: str | None,
    contact: str | None,
    since: datetime | None,
    limit: int,
) -> list[CheckOut]:
    query = select(Check, Contact.timezone).outerjoin(
        Contact, Contact.id == Check.contact_id
    )
    query = query.options(*WITH_DECISION).where(visible)
    if verdict:
        query = query.where(Check.verdict == verdict)
    if contact:
        query = query.where(Contact.email == contact.lower())
    if since:
        query = query.where(Check.created_at >= since)
    rows = db.execute(query.order_by(Check.created_at.desc()).limit(limit))
    return [present(row, contact_zone(tz)) for row, tz in rows]
