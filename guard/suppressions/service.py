"""Each suppression is an audit event; an admin may reverse one, audited too.

An inbound message suppresses a contact only on proof (a hard bounce, an
auto-submitted "left the company" notice, an explicit unsubscribe). Proof can still
be wrong, so every suppression records what it changed, and reversing it restores
exactly that: the suppression row it added is removed and the consent it set goes
back to what it was, unless something else has changed the consent since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from guard.errors import Conflict, NotFound
from models import AuditEvent, Contact, Suppression

SUPPRESSED = "contact.suppressed"
REVERSED = "contact.suppression_reversed"


@dataclass(frozen=True, slots=True)
class Suppressed:
    """One suppression as a manager reads it, and whether it was reversed."""

    event: AuditEvent
    reversal: AuditEvent | None

    @property
    def data(self) -> dict[str, Any]:
        return self.event.data


def record(
    db: Session,
    *,
    contact: Contact,
    actor: str,
    reason: str,
    consent_before: str,
    added_row: bool,
    now: datetime,
    inbound_id: int | None = None,
    evidence: str = "",
) -> None:
    """The audit event of a suppression just applied to `contact`."""
    db.add(
        AuditEvent(
            at=now,
            actor=actor,
            action=SUPPRESSED,
            subject_type="contact",
            subject_id=str(contact.id),
            data={
                "reason": reason,
                "email": contact.email,
                "consent_before": consent_before,
                "consent_after": contact.consent,
                "added_suppression": added_row,
                "inbound_id": inbound_id,
                "evidence": evidence[:500],
            },
        )
    )


def for_contact(db: Session, contact_id: int) -> list[Suppressed]:
    """The contact's suppressions, newest first, each with its reversal if any."""
    events = db.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.subject_type == "contact",
            AuditEvent.subject_id == str(contact_id),
            AuditEvent.action.in_((SUPPRESSED, REVERSED)),
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    ).all()
    reversals = {e.data.get("event_id"): e for e in events if e.action == REVERSED}
    return [
        Suppressed(e, reversals.get(e.id)) for e in events if e.action == SUPPRESSED
    ]


def reverse(
    db: Session, *, event_id: int, actor: str, reason: str, now: datetime
) -> Suppressed:
    """Undo one suppression: 404 if there is none with this id, 409 if undone."""
    event = db.get(AuditEvent, event_id)
    if event is None or event.action != SUPPRESSED:
        raise NotFound(f"No suppression #{event_id}: see the contact's page.")
    done = [s for s in for_contact(db, int(event.subject_id)) if s.event.id == event_id]
    if done and done[0].reversal is not None:
        raise Conflict(f"Suppression #{event_id} was already reversed.")
    contact = db.get(Contact, int(event.subject_id))
    if contact is None:
        raise NotFound(f"The contact of suppression #{event_id} no longer exists.")
    changes = _undo(db, contact, event.data)
    reversal = AuditEvent(
        at=now,
        actor=actor,
        action=REVERSED,
        subject_type="contact",
        subject_id=str(contact.id),
        data={"event_id": event_id, "reason": reason, "changes": changes},
    )
    db.add(reversal)
    db.flush()
    return Suppressed(event, reversal)


def _undo(db: Session, contact: Contact, data: dict[str, Any]) -> list[str]:
    changes: list[str] = []
    if data.get("added_suppression"):
        db.execute(
            delete(Suppression).where(
                Suppression.scope == "contact", Suppression.value == contact.email
            )
        )
        changes.append(f"{contact.email} no longer suppressed")
    before, after = data.get("consent_before"), data.get("consent_after")
    # A consent changed since (by the CRM, or another suppression) is left alone.
    if before and contact.consent == after and before != after:
        contact.consent = before
        changes.append(f"consent set back to {before}")
    return changes
