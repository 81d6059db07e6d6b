"""Record a touch from the CRM so one ledger counts every channel and tool."""

from __future__ import annotations

from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.analysis.outgoing import analyse_outgoing
from guard.engine.snapshot import find_contact
from guard.touches.schemas import TouchIn
from models import Touch


def record_touch(db: Session, *, data: TouchIn) -> tuple[Touch, bool]:
    existing = db.scalar(select(Touch).where(Touch.external_id == data.external_id))
    if existing is not None:
        return existing, False
    contact = find_contact(
        db, email=data.contact.email, external_id=data.contact.external_id
    )
    # Analysed here, when it arrives, so the dispatch path only reads the stored flag.
    analysis = analyse_outgoing(subject=data.subject, body=data.body)
    touch = Touch(
        external_id=data.external_id,
        contact_id=contact.id,
        account_id=contact.account_id,
        sender_email=data.sender.email.lower(),
        sender_kind=data.sender.kind,
        agent_id=data.sender.agent_id,
        channel=data.channel,
        subject=data.subject,
        body=data.body,
        sent_at=data.sent_at.astimezone(UTC),
        automated=data.automated,
        sequence_id=data.sequence.id if data.sequence else None,
        sequence_step=data.sequence.step if data.sequence else None,
        is_bump=analysis.is_bump,
        links=sorted(set(data.assets) | set(analysis.links)),
        message_id=data.message_id,
        source="crm",
    )
    db.add(touch)
    db.flush()
    return touch, True
