"""Ingest one inbound message: classify, match the contact, update absences and consent.

Every mail source (the API, Exchange sync, the CLI) comes through `ingest`, and each
message is processed once, by Message-ID.
"""

from __future__ import annotations

import re
from dataclasses import asdict, replace
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.analysis.inbound.analyse import parse_inbound
from guard.inbound import effects
from guard.inbound.schemas import AlternateOut, InboundOut
from guard.mail.source import RawMessage
from guard.observability import metrics
from models import Contact, InboundMessage, Touch
from models.domain import InboundAnalysis


def ingest(
    db: Session,
    raw: RawMessage,
    *,
    source: str,
    default_absence_days: int = 7,
    now: datetime | None = None,
) -> InboundOut:
    now = now or datetime.now(UTC)
    stored = db.scalar(
        select(InboundMessage).where(InboundMessage.message_id == raw.message_id)
    )
    if stored is not None:
        return _present(stored, contact=None, changes=[], duplicate=True)
    touch = _replied_touch(db, raw)
    contact = _match_contact(db, raw, touch)
    analysis = parse_inbound(
        headers=raw.headers,
        subject=raw.subject,
        body=raw.body,
        sent_at=raw.sent_at or now,
        country=contact.country if contact else None,
        default_absence_days=default_absence_days,
    )
    departed = None
    if contact is not None and _tells_of_another(raw, contact, analysis):
        # The writer answers in their own name about someone who left: a human reply
        # for them; the departure is the thread's contact's, if that is another one.
        if touch is not None and touch.contact_id != contact.id:
            departed = db.get(Contact, touch.contact_id)
        gone, analysis = analysis, replace(analysis, kind="human")
    row = _store(db, raw, analysis, contact, touch, source=source, now=now)
    metrics.count_inbound(row.kind, source)
    changes = effects.apply(db, row, analysis, contact, now=now) if contact else []
    if departed is not None:
        changes += effects.apply(db, row, gone, departed, now=now)
    return _present(row, contact=contact, changes=changes, duplicate=False)


def _tells_of_another(raw: RawMessage, contact: Contact, a: InboundAnalysis) -> bool:
    """A person's departure notice (`handover`) sent from a contact's own address:
    "Our IT manager left the company; can we talk Thursday?" must not suppress the
    buyer who wrote it."""
    own = raw.sender is not None and raw.sender.lower() == contact.email
    return a.kind == "gone" and "handover" in a.intents and own


def _replied_touch(db: Session, raw: RawMessage) -> Touch | None:
    ids = [i for i in (raw.in_reply_to, *raw.references) if i]
    if not ids:
        return None
    return db.scalar(select(Touch).where(Touch.message_id.in_(ids)).limit(1))


def _match_contact(db: Session, raw: RawMessage, touch: Touch | None) -> Contact | None:
    if raw.sender:
        contact = db.scalar(select(Contact).where(Contact.email == raw.sender.lower()))
        if contact is not None:
            return contact
    # Auto-replies often come from another address (a shared mailbox, a relay): the
    # thread still tells whose reply it is.
    if touch:
        return db.get(Contact, touch.contact_id)
    # A delivery or feedback report names the recipient it is about (RFC 3464, 5965).
    named = _REPORTED_RECIPIENT.search(raw.body or "")
    if named is None:
        return None
    return db.scalar(select(Contact).where(Contact.email == named.group(1).lower()))


_REPORTED_RECIPIENT = re.compile(
    r"^(?:original-rcpt-to|final-recipient|original-recipient):\s*"
    r"(?:rfc822;\s*)?<?([^\s<>@]+@[^\s<>]+?)>?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _store(
    db: Session,
    raw: RawMessage,
    analysis: InboundAnalysis,
    contact: Contact | None,
    touch: Touch | None,
    *,
    source: str,
    now: datetime,
) -> InboundMessage:
    row = InboundMessage(
        message_id=raw.message_id,
        contact_id=contact.id if contact else None,
        from_email=raw.sender,
        to_email=raw.to[0] if raw.to else None,
        subject=raw.subject,
        body=raw.body,
        headers=raw.headers,
        kind=analysis.kind,
        intents=sorted(analysis.intents),
        scheduling_link=analysis.scheduling_link,
        received_at=raw.sent_at or now,
        in_reply_to=raw.in_reply_to,
        touch_id=touch.id if touch else None,
        analysis=_analysis_json(analysis),
        source=source,
    )
    db.add(row)
    db.flush()
    return row


def _analysis_json(analysis: InboundAnalysis) -> dict[str, object]:
    data = asdict(analysis)
    for key in ("returns_on", "last_day_away", "starts_on"):
        data[key] = data[key].isoformat() if data[key] else None
    data["intents"] = sorted(analysis.intents)
    return data


def _present(
    row: InboundMessage, *, contact: Contact | None, changes: list[str], duplicate: bool
) -> InboundOut:
    analysis = row.analysis or {}
    return InboundOut(
        inbound_id=row.id,
        message_id=row.message_id,
        kind=row.kind,
        confidence=analysis.get("confidence"),
        away=bool(analysis.get("away")),
        contact=contact.email
        if contact
        else (row.from_email if row.contact_id else None),
        returns_on=analysis.get("returns_on"),
        last_day_away=analysis.get("last_day_away"),
        alternate_contacts=[
            AlternateOut(**a) for a in analysis.get("alternate_contacts", [])
        ],
        intents=list(row.intents or []),
        scheduling_link=row.scheduling_link,
        changes=changes,
        duplicate=duplicate,
    )
