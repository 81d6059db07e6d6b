"""Manual absences: a seller or manager knows the buyer is away."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from guard.absences.schemas import AbsenceIn, AbsenceOut
from guard.engine.snapshot import find_contact
from guard.errors import NotFound
from models import Absence, AuditEvent


def create_absence(
    db: Session, *, data: AbsenceIn, actor: str, now: datetime
) -> Absence:
    contact = find_contact(
        db, email=data.contact.email, external_id=data.contact.external_id
    )
    row = Absence(
        contact_id=contact.id,
        source="manual",
        starts_on=data.starts_on,
        returns_on=data.returns_on,
        last_day_away=data.returns_on - timedelta(days=1),
        confidence=1.0,
        evidence=data.note,
        noticed_at=now,
        alternates=[a.model_dump() for a in data.alternate_contacts],
    )
    db.add(row)
    db.flush()
    db.add(
        AuditEvent(
            actor=actor,
            action="absence.created",
            subject_type="absence",
            subject_id=str(row.id),
            data={"contact_id": contact.id},
        )
    )
    return row


def delete_absence(db: Session, *, absence_id: int, actor: str) -> None:
    row = db.get(Absence, absence_id)
    if row is None:
        raise NotFound(f"No absence {absence_id}.")
    db.delete(row)
    db.add(
        AuditEvent(
            actor=actor,
            action="absence.deleted",
            subject_type="absence",
            subject_id=str(absence_id),
            data={"contact_id": row.contact_id},
        )
    )


def absence_out(row: Absence) -> AbsenceOut:
    return AbsenceOut(
        id=row.id,
        contact_id=row.contact_id,
        source=row.source,
        starts_on=row.starts_on,
        returns_on=row.returns_on,
        last_day_away=row.last_day_away,
        confidence=row.confidence,
        evidence=row.evidence,
        noticed_at=row.noticed_at,
        alternate_contacts=list(row.alternates or []),
    )
