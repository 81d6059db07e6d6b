"""A contact created with an address erased while suppressed comes back suppressed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.privacy.digest import find_erased
from guard.suppressions import service as suppressions
from models import Contact, Suppression

REASON = "suppressed when the contact was erased"


def keep_suppressed(
    db: Session, *, contact: Contact, secret_key: str, now: datetime
) -> bool:
    """Call wherever a contact is created: True when the erased address's suppression
    was restored (consent as at erasure, a do-not-contact row, an audit event)."""
    erased = find_erased(db, secret_key, contact.email)
    if erased is None or not erased.suppressed:
        return False
    before = contact.consent
    if erased.consent != "ok":
        contact.consent = erased.consent
    has_row = db.scalar(
        select(Suppression.id).where(
            Suppression.scope == "contact", Suppression.value == contact.email
        )
    )
    if has_row is None:
        db.add(Suppression(scope="contact", value=contact.email, reason=REASON))
    db.flush()
    suppressions.record(
        db,
        contact=contact,
        actor="erasure",
        reason=REASON,
        consent_before=before,
        added_row=has_row is None,
        now=now,
    )
    return True
