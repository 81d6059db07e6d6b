"""/v1/contacts/{email}/suppressions and the admin's reversal of one."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import func, select

from guard.auth import Admin, Caller, require_role
from guard.db import DbSession
from guard.errors import ContactNotFound
from guard.responses import PROBLEMS, RowId
from guard.suppressions import service
from guard.suppressions.schemas import ReverseIn, SuppressionOut
from guard.unit_of_work import UnitOfWorkRoute
from models import Contact

router = APIRouter(prefix="/v1", tags=["suppressions"], route_class=UnitOfWorkRoute)
ManagerOrAdmin = Annotated[Caller, Depends(require_role("manager"))]


@router.get(
    "/contacts/{email}/suppressions",
    response_model=list[SuppressionOut],
    responses=PROBLEMS,
)
def list_suppressions(
    email: str, db: DbSession, caller: ManagerOrAdmin
) -> list[SuppressionOut]:
    """What suppressed this contact (bounce, notice, unsubscribe), newest first."""
    contact_id = db.scalar(
        select(Contact.id).where(func.lower(Contact.email) == email.lower())
    )
    if contact_id is None:
        raise ContactNotFound(f"No contact {email!r}.")
    return [SuppressionOut.of(s) for s in service.for_contact(db, contact_id)]


@router.post(
    "/suppressions/{event_id}/reverse",
    response_model=SuppressionOut,
    responses=PROBLEMS,
)
def reverse_suppression(
    event_id: RowId, data: ReverseIn, db: DbSession, caller: Admin
) -> SuppressionOut:
    """Undo a suppression (admins only): the contact may be contacted again."""
    done = service.reverse(
        db,
        event_id=event_id,
        actor=caller.actor,
        reason=data.reason,
        now=datetime.now(UTC),
    )
    return SuppressionOut.of(done)
