"""/v1/accounts and /v1/contacts: the CRM keeps the guard's picture of each buyer."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from guard.auth import AnyCaller, Writer
from guard.contacts import cadence, service
from guard.contacts.schemas import (
    AccountIn,
    AccountOut,
    ContactBulkIn,
    ContactBulkOut,
    ContactIn,
    ContactOut,
)
from guard.db import DbSession
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS, also
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute
from models import Account, Contact

router = APIRouter(prefix="/v1", tags=["contacts"], route_class=UnitOfWorkRoute)


@router.put(
    "/accounts/{external_id}",
    response_model=AccountOut,
    responses=also(201, "Created", AccountOut),
)
def put_account(
    external_id: str, data: AccountIn, db: DbSession, caller: Writer, response: Response
) -> AccountOut:
    """Create or update an account by the CRM's id."""
    row, created = service.upsert_account(db, external_id=external_id, data=data)
    response.status_code = 201 if created else 200
    return AccountOut.model_validate(row, from_attributes=True)


@router.put(
    "/contacts/{external_id}",
    response_model=ContactOut,
    responses=also(201, "Created", ContactOut),
)
def put_contact(
    external_id: str,
    data: ContactIn,
    request: Request,
    db: DbSession,
    caller: Writer,
    response: Response,
) -> ContactOut:
    """Create or update a contact: stage, persona, position, locale, consent."""
    pack = state_of(request).policy.pack
    row, created = service.upsert_contact(
        db,
        pack=pack,
        external_id=external_id,
        data=data,
        secret_key=state_of(request).settings.secret_key,
    )
    response.status_code = 201 if created else 200
    return _contact_out(db, row)


@router.post("/contacts:bulk", response_model=ContactBulkOut, responses=PROBLEMS)
def bulk_contacts(
    data: ContactBulkIn, request: Request, db: DbSession, caller: Writer
) -> ContactBulkOut:
    """Upsert up to 1,000 contacts at once; one bad item rejects the whole batch."""
    pack = state_of(request).policy.pack
    created, updated = service.bulk_upsert(
        db,
        pack=pack,
        items=data.contacts,
        secret_key=state_of(request).settings.secret_key,
    )
    return ContactBulkOut(created=created, updated=updated)


@router.get(
    "/contacts/{ref}/cadence", response_model=cadence.CadenceOut, responses=PROBLEMS
)
def contact_cadence(
    ref: str, db: DbSession, caller: AnyCaller, policy: CurrentPolicy
) -> cadence.CadenceOut:
    """Absence, limits used and left, and the next allowed time per channel."""
    contact = service.get_contact(db, ref)
    return cadence.cadence_of(db, policy=policy, contact=contact)


def _contact_out(db: DbSession, row: Contact) -> ContactOut:
    account = db.get(Account, row.account_id) if row.account_id else None
    return ContactOut(
        id=row.id,
        external_id=row.external_id,
        created_at=row.created_at,
        email=row.email,
        first_name=row.first_name,
        last_name=row.last_name,
        title=row.title,
        account=account.external_id if account else None,
        persona=row.persona,
        position=row.position,
        entry_point=row.entry_point,
        stage=row.stage,
        timezone=row.timezone,
        country=row.country,
        language=row.language,
        consent=row.consent,
    )
