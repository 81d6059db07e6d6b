"""Record a touch from the CRM so one ledger counts every channel and tool."""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guard.analysis.model.linear import LinearModel
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.engine.snapshot import find_contact
from guard.errors import InvalidInput
from guard.touches.schemas import TouchIn
from models import Check, Touch


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
    now = datetime.now(UTC)
    if checked is not None:
        return _confirm(checked, data, analysis, now), False
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
        confirmed_at=now,  # the CRM says it went out: counted for good
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


def _confirm(touch: Touch, data: TouchIn, analysis: Any, now: datetime) -> Touch:
    """The send happened: keep what was sent (a rewrite may or may not have been), and
    count it for good (also when it comes after the provisional touch expired)."""
    if touch.expires_at is not None or touch.confirmed_at is None:
        touch.expires_at, touch.confirmed_at = None, now
    touch.external_id = touch.external_id or data.external_id
    touch.subject, touch.body = data.subject, data.body
    touch.sent_at = data.sent_at.astimezone(UTC)
    touch.is_bump = analysis.is_bump
    touch.links = sorted(set(data.assets) | set(analysis.links))
    touch.message_id = data.message_id or touch.message_id
    return touch


_TOUCHES, _CHECKS = Touch.__table__.c, Check.__table__.c


def confirm_sent(
    db: Session, check_ids: Collection[str], *, key_id: int | None, now: datetime
) -> None:
    """The CRM's next call says these earlier allowed sends went out: their touches
    count for good. Only the caller's own checks (the API key that made them); an id
    that names none, or a check that recorded no touch, changes nothing. One UPDATE."""
    if not check_ids:
        return
    by_caller = (
        _CHECKS.api_key_id.is_(None) if key_id is None else _CHECKS.api_key_id == key_id
    )
    mine = select(_CHECKS.id).where(_CHECKS.id.in_(set(check_ids)), by_caller)
    db.execute(
        update(Touch.__table__)
        .where(
            _TOUCHES.check_id.in_(mine),
            _TOUCHES.source == "guard",
            _TOUCHES.expires_at.is_not(None),
        )
        .values(expires_at=None, confirmed_at=now, updated_at=now)
    )
