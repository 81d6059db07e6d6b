"""/v1/contacts/{ref}/export and DELETE /v1/contacts/{ref}: data-subject requests.

`ref` is the contact's address or the CRM's external id, as for
/v1/contacts/{ref}/cadence.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from guard.auth import Admin
from guard.contacts.service import get_contact
from guard.db import DbSession
from guard.privacy.erasure import erase_contact
from guard.privacy.export import export_contact
from guard.privacy.schemas import ErasureOut
from guard.responses import PROBLEMS
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute

router = APIRouter(prefix="/v1", tags=["data protection"], route_class=UnitOfWorkRoute)


@router.get(
    "/contacts/{ref}/export",
    responses={
        **PROBLEMS,
        200: {"content": {"application/json": {"schema": {"type": "object"}}}},
    },
)
def export(ref: str, db: DbSession, caller: Admin) -> JSONResponse:
    """Everything held about one contact, as one JSON document (admins only)."""
    contact = get_contact(db, ref)
    data = export_contact(db, contact=contact, now=datetime.now(UTC))
    name = f"contact-{contact.id}.json"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return JSONResponse(data, headers=headers)


@router.delete("/contacts/{ref}", response_model=ErasureOut, responses=PROBLEMS)
def erase(ref: str, request: Request, db: DbSession, caller: Admin) -> ErasureOut:
    """Erase a contact's personal data everywhere (admins only); its address is kept
    only as a salted digest, so an opted-out address imported again stays so."""
    contact = get_contact(db, ref)
    done = erase_contact(
        db,
        contact=contact,
        actor=caller.actor,
        secret_key=state_of(request).settings.secret_key,
        now=datetime.now(UTC),
    )
    return ErasureOut(
        contact_id=done.contact_id,
        digest_prefix=done.digest_prefix,
        suppressed=done.suppressed,
        rows=done.rows,
    )
