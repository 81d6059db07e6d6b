"""/v1/absences: out-of-office periods entered by hand."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Response

from guard.absences import service
from guard.absences.schemas import AbsenceIn, AbsenceOut
from guard.auth import Writer
from guard.db import DbSession
from guard.responses import PROBLEMS, RowId
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["absences"], route_class=UnitOfWorkRoute)


@router.post(
    "/absences", response_model=AbsenceOut, status_code=201, responses=PROBLEMS
)
def post_absence(data: AbsenceIn, db: DbSession, caller: Writer) -> AbsenceOut:
    """Record that a contact is away until `returns_on` (their first day back)."""
    row = service.create_absence(
        db, data=data, actor=caller.actor, now=datetime.now(UTC)
    )
    return service.absence_out(row)


@router.delete("/absences/{absence_id}", status_code=204, responses=PROBLEMS)
def remove_absence(absence_id: RowId, db: DbSession, caller: Writer) -> Response:
    """Remove an absence (the contact is not away after all)."""
    service.delete_absence(db, absence_id=absence_id, actor=caller.actor)
    return Response(status_code=204)
