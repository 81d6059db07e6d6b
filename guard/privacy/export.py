"""Export: everything the guard holds about one contact, as plain JSON-ready data."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi.encoders import jsonable_encoder
from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from models import (
    Absence,
    Account,
    AuditEvent,
    Check,
    Contact,
    FindingRow,
    InboundMessage,
    OutboxEvent,
    ReviewItem,
    StageChange,
    Suppression,
    Touch,
)

# Secrets and internals a data subject has no use for.
_LEFT_OUT = {"override_token_hash", "lease_token", "api_key_id", "idempotency_key"}


def _rows(db: Session, table: Table, *where: Any) -> list[dict[str, Any]]:
    key = table.primary_key.columns.values()[0]
    found = db.execute(select(table).where(*where).order_by(key)).mappings()
    return [{k: v for k, v in row.items() if k not in _LEFT_OUT} for row in found]


def export_contact(db: Session, *, contact: Contact, now: datetime) -> dict[str, Any]:
    email = contact.email.lower()
    checks = _rows(db, Check.__table__, Check.contact_id == contact.id)
    check_ids = [c["id"] for c in checks]
    findings = _rows(db, FindingRow.__table__, FindingRow.check_id.in_(check_ids))
    for check in checks:
        check["findings"] = [f for f in findings if f["check_id"] == check["id"]]
    reviews = _rows(db, ReviewItem.__table__, ReviewItem.check_id.in_(check_ids))
    absences = _rows(db, Absence.__table__, Absence.contact_id == contact.id)
    inbound = or_(
        InboundMessage.contact_id == contact.id,
        func.lower(InboundMessage.from_email) == email,
    )
    account = db.get(Account, contact.account_id) if contact.account_id else None
    data = {
        "exported_at": now,
        "contact": _rows(db, Contact.__table__, Contact.id == contact.id)[0],
        "account": {"external_id": account.external_id, "name": account.name}
        if account
        else None,
        "stage_history": _rows(
            db, StageChange.__table__, StageChange.contact_id == contact.id
        ),
        "touches": _rows(db, Touch.__table__, Touch.contact_id == contact.id),
        "checks": checks,
        "review_items": reviews,
        "inbound_messages": _rows(db, InboundMessage.__table__, inbound),
        "absences": absences,
        "suppressions": _rows(
            db,
            Suppression.__table__,
            Suppression.scope == "contact",
            Suppression.value == email,
        ),
        "outbox_events": _outbox(db, set(check_ids)),
        "audit_events": _audit(db, contact.id, check_ids, reviews, absences),
    }
    return jsonable_encoder(data)


def _outbox(db: Session, check_ids: set[str]) -> list[dict[str, Any]]:
    if not check_ids:
        return []
    rows = _rows(db, OutboxEvent.__table__, OutboxEvent.status != "delivered")
    return [r for r in rows if _check_of(r["payload"]) in check_ids]


def _check_of(payload: dict[str, Any] | None) -> Any:
    return ((payload or {}).get("data") or {}).get("check_id")


def _audit(
    db: Session,
    contact_id: int,
    check_ids: list[str],
    reviews: list[dict[str, Any]],
    absences: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Audit events whose subject is the contact, or one of its checks, review items
    or absences."""
    events = AuditEvent.__table__.c
    subjects = {
        "contact": [str(contact_id)],
        "check": check_ids,
        "review": [str(r["id"]) for r in reviews],
        "absence": [str(a["id"]) for a in absences],
    }
    about = or_(
        *(
            (events.subject_type == kind) & events.subject_id.in_(ids)
            for kind, ids in subjects.items()
            if ids
        )
    )
    return _rows(db, AuditEvent.__table__, about)
