"""Record a touch from the CRM so one ledger counts every channel and tool."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.analysis.model.linear import LinearModel
from guard.analysis.outgoing import analyse_outgoing
from guard.engine.snapshot import find_contact
from guard.errors import InvalidInput
from guard.touches.schemas import TouchIn
from models import Touch


def record_touch(
    db: Session, *, data: TouchIn, model: LinearModel | None = None
) -> tuple[Touch, bool]:
    """Record the touch, judged by `model` (the deployment's bump model; None: the
    shipped one), so "a second bump in a row" uses the same judgement as checks."""
    existing = db.scalar(select(Touch).where(Touch.external_id == data.external_id))
    if existing is not None:
        return existing, False
    contact = find_contact(
        db, email=data.contact.email, external_id=data.contact.external_id
    )
    # Analysed here, when it arrives, so the dispatch path only reads the stored flag.
    analysis = analyse_outgoing(subject=data.subject, body=data.body, model=model)
    checked = _checked_touch(db, data, contact.id)
    if checked is not None:
        return _confirm(checked, data, analysis), False
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
        check_id=data.check_id,
        source="crm",
    )
    db.add(touch)
    db.flush()
    return touch, True


def _checked_touch(db: Session, data: TouchIn, contact_id: int) -> Touch | None:
    """The touch the guard recorded when it allowed this send, if it recorded one."""
    if data.check_id is None:
        return None
    touch = db.scalar(
        select(Touch).where(Touch.check_id == data.check_id, Touch.source == "guard")
    )
    if touch is not None and touch.contact_id != contact_id:
        raise InvalidInput(
            "check_id names a check of another contact: send the check_id the guard "
            "answered for this send.",
            field="check_id",
        )
    return touch


def _confirm(touch: Touch, data: TouchIn, analysis: Any) -> Touch:
    """The send happened: keep what was sent (a rewrite may or may not have been)."""
    touch.external_id = touch.external_id or data.external_id
    touch.subject, touch.body = data.subject, data.body
    touch.sent_at = data.sent_at.astimezone(UTC)
    touch.is_bump = analysis.is_bump
    touch.links = sorted(set(data.assets) | set(analysis.links))
    touch.message_id = data.message_id or touch.message_id
    return touch
