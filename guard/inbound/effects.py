"""What an inbound message changes: absences, consent and suppressions."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.suppressions import service as suppressions
from models import Absence, AuditEvent, Contact, InboundMessage, Suppression
from models.domain import InboundAnalysis


def apply(
    db: Session,
    row: InboundMessage,
    analysis: InboundAnalysis,
    contact: Contact,
    *,
    now: datetime,
) -> list[str]:
    handler = _HANDLERS.get(analysis.kind)
    changes = handler(db, row, analysis, contact, now) if handler else []
    if changes:
        db.add(
            AuditEvent(
                at=now,
                actor=f"inbound:{row.source}",
                action=f"inbound.{analysis.kind}",
                subject_type="contact",
                subject_id=str(contact.id),
                data={"inbound_id": row.id, "changes": changes},
            )
        )
    return changes


def _ooo(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
) -> list[str]:
    """A later auto-reply for the same absence updates it instead of adding another."""
    received = row.received_at.date()
    current = db.scalar(
        select(Absence)
        .where(
            Absence.contact_id == contact.id,
            Absence.source == "auto_reply",
            Absence.closed_at.is_(None),
            (Absence.returns_on.is_(None)) | (Absence.returns_on >= received),
        )
        .order_by(Absence.noticed_at.desc())
        .limit(1)
    )
    fields = {
        "starts_on": a.starts_on or received,
        "returns_on": a.returns_on,
        "last_day_away": a.last_day_away
        or (a.returns_on - timedelta(days=1) if a.returns_on else None),
        "confidence": a.confidence,
        "evidence": _evidence(a),
        "noticed_at": row.received_at,
        "alternates": [
            {"name": x.name, "email": x.email} for x in a.alternate_contacts
        ],
        "inbound_id": row.id,
    }
    if current is None:
        absence = Absence(contact_id=contact.id, source="auto_reply", **fields)
        db.add(absence)
        db.flush()
        return [f"absence #{absence.id} opened: back on {a.returns_on or 'unknown'}"]
    for name, value in fields.items():
        setattr(current, name, value)
    return [f"absence #{current.id} updated: back on {a.returns_on or 'unknown'}"]


def _evidence(a: InboundAnalysis) -> str:
    quotes = [s.text for s in a.spans if s.label in ("return_date", "ooo_phrase")]
    return " … ".join(dict.fromkeys(quotes))[:500]


def _suppress(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
    *,
    reason: str,
    consent: str,
    add_row: bool = True,
) -> list[str]:
    """Suppress on the proof the classifier found; an audit event an admin can undo."""
    exists = db.scalar(
        select(Suppression.id).where(
            Suppression.scope == "contact", Suppression.value == contact.email
        )
    )
    added = add_row and exists is None
    if added:
        db.add(Suppression(scope="contact", value=contact.email, reason=reason))
    before = contact.consent
    if not added and before == consent:
        return []  # already suppressed for this: nothing to record or undo
    contact.consent = consent
    suppressions.record(
        db,
        contact=contact,
        actor=f"inbound:{row.source}",
        reason=reason,
        consent_before=before,
        added_row=added,
        now=now,
        inbound_id=row.id,
        evidence=" … ".join(s.text for s in a.spans)[:500],
    )
    changes = [f"{contact.email} suppressed: {reason}"] if added else []
    return changes + ([f"consent set to {consent}"] if before != consent else [])


def _bounce(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
) -> list[str]:
    if a.bounce_type != "hard":
        return []
    return _suppress(db, row, a, contact, now, reason="hard bounce", consent="bounced")


def _gone(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
) -> list[str]:
    # The classifier only says "gone" on proof: auto-reply headers, or an explicit
    # permanent notice ("I have left Acme", "this mailbox is closed").
    reason = "mailbox gone (retired, left the company or moved)"
    return _suppress(db, row, a, contact, now, reason=reason, consent="bounced")


def _human(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
) -> list[str]:
    # "On holiday until the 4th, can we talk after?": a reply (it stops sequences,
    # as every human reply does) and an absence with its return date.
    changes = _ooo(db, row, a, contact, now) if a.away else []
    if "unsubscribe" in a.intents:
        reason = "asked to unsubscribe"
        changes += _suppress(
            db, row, a, contact, now, reason=reason, consent="opted_out", add_row=False
        )
    return changes


def _complaint(
    db: Session,
    row: InboundMessage,
    a: InboundAnalysis,
    contact: Contact,
    now: datetime,
) -> list[str]:
    """A spam complaint (feedback report): never write to this person again."""
    reason = "spam complaint (feedback report)"
    return _suppress(db, row, a, contact, now, reason=reason, consent="opted_out")


_HANDLERS = {
    "ooo": _ooo,
    "bounce": _bounce,
    "gone": _gone,
    "human": _human,
    "complaint": _complaint,
}
