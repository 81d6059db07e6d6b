"""Erasure: a contact's personal data goes from every table, one transaction.

Gone: the contact row, its stage history, touches, absences and inbound mail. Kept
without their text: its checks (verdicts, rules, times), their findings, review items
and outbox events, and audit events about it. What remains of the address is a salted
digest (guard/privacy/digest.py), so an address that was opted out or suppressed and
is imported again comes back suppressed. Last, a sweep replaces the address wherever
another row still quotes it (another contact's out-of-office naming it, say).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    String,
    Table,
    Text,
    bindparam,
    cast,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from guard.privacy.digest import address_digest
from guard.reviews.outbox import enqueue_review
from guard.reviews.queries import Reviewer, get_review
from models import (
    Absence,
    AuditEvent,
    Check,
    Contact,
    ErasedAddress,
    FindingRow,
    InboundMessage,
    OutboxEvent,
    ReviewItem,
    StageChange,
    Suppression,
    Touch,
)

ERASED = "contact.erased"
PLACEHOLDER = "[erased]"
_ERASURE = Reviewer(name="erasure", role="admin")
# Tables that may quote a contact's address in free text or JSON.
_SWEPT = (Check, FindingRow, Touch, InboundMessage, Absence, ReviewItem, OutboxEvent)


@dataclass(frozen=True, slots=True)
class Erasure:
    contact_id: int
    digest_prefix: str
    suppressed: bool
    rows: dict[str, int]


def erase_contact(
    db: Session, *, contact: Contact, actor: str, secret_key: str, now: datetime
) -> Erasure:
    email = contact.email.lower()
    digest = address_digest(secret_key, email)
    suppressed = contact.consent != "ok" or _suppression_row(db, email) is not None
    check_ids = list(db.scalars(select(Check.id).where(Check.contact_id == contact.id)))
    rows = {
        "checks": _scrub_checks(db, check_ids),
        "review_items": _scrub_reviews(db, check_ids, now),
        "outbox_events": _scrub_outbox(db, set(check_ids)),
        "audit_events": _scrub_audit(db, contact.id, check_ids),
        **_delete_rows(db, contact, email),
    }
    rows["swept"] = sweep(db, _needles(contact, email))
    _remember(db, digest, contact, suppressed, now)
    db.add(
        AuditEvent(
            at=now,
            actor=actor,
            action=ERASED,
            subject_type="contact",
            subject_id=str(contact.id),
            # No personal data: the id and a prefix of the digest.
            data={"digest_prefix": digest[:12], "suppressed": suppressed, "rows": rows},
        )
    )
    db.flush()
    return Erasure(contact.id, digest[:12], suppressed, rows)


def _suppression_row(db: Session, email: str) -> int | None:
    return db.scalar(
        select(Suppression.id).where(
            Suppression.scope == "contact", Suppression.value == email
        )
    )


def _scrub_checks(db: Session, check_ids: list[str]) -> int:
    if not check_ids:
        return 0
    db.execute(
        update(FindingRow)
        .where(FindingRow.check_id.in_(check_ids))
        .values(message=PLACEHOLDER, evidence=[])
    )
    done = db.execute(
        update(Check)
        .where(Check.id.in_(check_ids))
        .values(subject="", body="", rewrite=None, request={}, contact_id=None)
    )
    return done.rowcount or 0


def _scrub_reviews(db: Session, check_ids: list[str], now: datetime) -> int:
    if not check_ids:
        return 0
    mine = ReviewItem.check_id.in_(check_ids)
    # A pending item would ask a manager about a send to nobody: it expires, and the
    # CRM holding the send hears of it as from the worker (then scrubbed below).
    expired = db.scalars(
        update(ReviewItem)
        .where(mine, ReviewItem.status == "pending")
        .values(status="expired", decided_by="erasure", decided_at=now)
        .returning(ReviewItem.id)
    ).all()
    for review_id in expired:
        enqueue_review(db, get_review(db, _ERASURE, review_id), now=now)
    db.flush()
    done = db.execute(
        update(ReviewItem)
        .where(mine)
        .values(reason=None, edited_subject=None, edited_body=None)
    )
    return done.rowcount or 0


def _scrub_outbox(db: Session, check_ids: set[str]) -> int:
    """Undelivered callbacks about the contact's checks lose the contact and text;
    the CRM still hears of the decision (delivered ones hold no payload)."""
    if not check_ids:
        return 0
    events = db.scalars(
        select(OutboxEvent).where(OutboxEvent.status.in_(("pending", "dead")))
    ).all()
    done = 0
    for event in events:
        data = (event.payload or {}).get("data") or {}
        if data.get("check_id") not in check_ids:
            continue
        kept = {k: v for k, v in data.items() if k not in ("subject", "body", "reason")}
        event.payload = {**event.payload, "data": {**kept, "contact": {"email": None}}}
        done += 1
    return done


def _scrub_audit(db: Session, contact_id: int, check_ids: list[str]) -> int:
    events = AuditEvent.__table__.c
    mine = select(ReviewItem.id).where(ReviewItem.check_id.in_(check_ids))
    review_ids = [str(i) for i in db.scalars(mine)]
    about = or_(
        (events.subject_type == "contact") & (events.subject_id == str(contact_id)),
        (events.subject_type == "review") & events.subject_id.in_(review_ids),
    )
    done = db.execute(update(AuditEvent.__table__).where(about).values(data={}))
    return done.rowcount or 0


def _delete_rows(db: Session, contact: Contact, email: str) -> dict[str, int]:
    inbound = or_(
        InboundMessage.contact_id == contact.id,
        func.lower(InboundMessage.from_email) == email,
    )
    statements = {
        "touches": delete(Touch).where(Touch.contact_id == contact.id),
        "absences": delete(Absence).where(Absence.contact_id == contact.id),
        "inbound_messages": delete(InboundMessage).where(inbound),
        "stage_history": delete(StageChange).where(
            StageChange.contact_id == contact.id
        ),
        "suppressions": delete(Suppression).where(
            Suppression.scope == "contact", Suppression.value == email
        ),
        "contacts": delete(Contact).where(Contact.id == contact.id),
    }
    return {
        name: db.execute(s, execution_options={"synchronize_session": False}).rowcount
        or 0
        for name, s in statements.items()
    }


def _remember(
    db: Session, digest: str, contact: Contact, suppressed: bool, now: datetime
) -> None:
    row = db.scalar(select(ErasedAddress).where(ErasedAddress.digest == digest))
    if row is None:
        row = ErasedAddress(digest=digest, suppressed=False)
        db.add(row)
    row.contact_id, row.erased_at = contact.id, now
    row.consent = contact.consent
    # Once suppressed, the address stays so, whatever a later import said.
    row.suppressed = bool(row.suppressed) or suppressed


def _needles(contact: Contact, email: str) -> list[str]:
    """The address, and the full name when there is one: a first name alone would
    hit every namesake."""
    names = [n.strip() for n in (contact.first_name, contact.last_name) if n]
    full = " ".join(names) if len(names) == 2 else ""
    # As written and lower-cased: SQLite's LIKE ignores the case of ASCII only.
    return [email] + ([full, full.lower()] if len(full) >= 5 else [])


def sweep(db: Session, needles: list[str]) -> int:
    """Replace each of `needles` (any case) in the text and JSON columns of the swept
    tables, one scan per table; answers the number of rows changed."""
    pattern = re.compile("|".join(re.escape(n) for n in needles), re.IGNORECASE)
    # JSON stores non-ASCII letters escaped ("\\u00eb"): look for both spellings.
    spellings = sorted({s for n in needles for s in (n, json.dumps(n)[1:-1])})
    return sum(
        _sweep_table(db, model.__table__, spellings, pattern)
        for model in (*_SWEPT, AuditEvent)
    )


def _can_quote(column: Any) -> bool:
    """Free text, JSON, or a string long enough to hold an address."""
    kind = column.type
    if column.primary_key or not isinstance(kind, String | JSON):
        return False
    return isinstance(kind, Text | JSON) or (kind.length or 0) >= 100


def _like(column: Any, needle: str, dialect: str) -> ColumnElement[bool]:
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    text, pattern = cast(column, Text), f"%{escaped}%"
    # SQLite's LIKE ignores ASCII case already; lower() on every body costs double.
    if dialect == "sqlite":
        return text.like(pattern, escape="\\")
    return text.ilike(pattern, escape="\\")


def _sweep_table(
    db: Session, table: Table, spellings: list[str], pattern: re.Pattern[str]
) -> int:
    key = table.primary_key.columns.values()[0]
    columns = [c for c in table.columns if _can_quote(c)]
    dialect = db.get_bind().dialect.name
    found = or_(*(_like(c, n, dialect) for c in columns for n in spellings))
    rows = db.execute(select(key, *columns).where(found)).all()
    if not rows:
        return 0
    statement = (
        update(table)
        .where(key == bindparam("row_id"))
        .values({c.name: bindparam(f"new_{c.name}", type_=c.type) for c in columns})
    )
    names = [f"new_{c.name}" for c in columns]
    params = [
        {"row_id": row[0]}
        | {n: _replaced(v, pattern) for n, v in zip(names, row[1:], strict=True)}
        for row in rows
    ]
    db.connection().execute(statement, params)
    return len(rows)


def _replaced(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(PLACEHOLDER, value)
    if isinstance(value, list):
        return [_replaced(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _replaced(v, pattern) for k, v in value.items()}
    return value
