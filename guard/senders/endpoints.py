"""/v1/senders: which team (and so which pack override) a seller's sends run under."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request, Response
from pydantic import EmailStr

from guard.auth import AnyCaller, Writer
from guard.db import DbSession
from guard.responses import PROBLEMS
from guard.senders import service
from guard.senders.schemas import SenderIn, SenderOut
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["senders"], route_class=UnitOfWorkRoute)


@router.put("/senders/{email}", response_model=SenderOut, responses=PROBLEMS)
def put_sender(
    email: EmailStr,
    data: SenderIn,
    request: Request,
    db: DbSession,
    caller: Writer,
    response: Response,
) -> SenderOut:
    """Create or update a sender and put them in a team (`null`: no team).

    A manager places sellers in their own team only (and not sellers of other teams);
    an integration places sellers who have no team yet; an admin may move anyone."""
    pack = state_of(request).policy.pack
    out, created = service.upsert_sender(
        db, pack=pack, caller=caller, email=email, data=data
    )
    response.status_code = 201 if created else 200
    return out


@router.get("/senders/{email}", response_model=SenderOut, responses=PROBLEMS)
def get_sender(
    email: EmailStr, request: Request, db: DbSession, caller: AnyCaller
) -> SenderOut:
    """A sender's team and their own time off (automatic replies read from their
    mailbox by the worker; while on, their automated steps are deferred)."""
    pack = state_of(request).policy.pack
    return service.get_sender(db, pack=pack, email=email, now=datetime.now(UTC))
