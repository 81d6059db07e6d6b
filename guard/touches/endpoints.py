"""/v1/touches: sends that happened in the CRM or another tool."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response

from guard.auth import Writer
from guard.db import DbSession
from guard.responses import also
from guard.state import state_of
from guard.touches import service
from guard.touches.schemas import TouchIn, TouchOut
from guard.unit_of_work import UnitOfWorkRoute
from models.touches import touch_status

router = APIRouter(prefix="/v1", tags=["touches"], route_class=UnitOfWorkRoute)


@router.post(
    "/touches",
    response_model=TouchOut,
    status_code=201,
    responses=also(200, "Already recorded (same external_id)", TouchOut),
)
def post_touch(
    data: TouchIn, db: DbSession, caller: Writer, request: Request, response: Response
) -> TouchOut:
    """Record a send that happened; a repeated external_id is recorded once (200)."""
    model = state_of(request).models.model(db)  # the bump model checks judge with
    touch, created = service.record_touch(db, data=data, model=model)
    if not created:
        response.status_code = 200
    return TouchOut(
        id=touch.id,
        external_id=touch.external_id,
        contact_id=touch.contact_id,
        channel=touch.channel,
        sent_at=touch.sent_at,
        is_bump=touch.is_bump,
        created=created,
        status=touch_status(touch.expires_at, datetime.now(UTC)),
        confirmed_at=touch.confirmed_at,
    )
