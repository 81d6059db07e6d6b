"""/v1/content: the content library every decision draws its suggestions from."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response

from guard.auth import AnyCaller, Writer
from guard.contacts.service import get_contact
from guard.content import service, suggest
from guard.db import DbSession
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS, also
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute
from rules.features.content import Asset

router = APIRouter(prefix="/v1", tags=["content"], route_class=UnitOfWorkRoute)
# One definition of an asset: the API validates exactly as rules/content.yaml does.
_EXAMPLE = {
    "id": "security-overview",
    "title": "Security overview",
    "url": "https://content.example.com/security-overview",
    "why": "Answers the confidentiality questions a security reviewer raises",
    "stages": ["sql", "opportunity"],
    "personas": ["security_reviewer"],
    "topics": ["security"],
    "languages": ["en"],
}


@router.get("/content", response_model=list[Asset], responses=PROBLEMS)
def list_content(db: DbSession, caller: AnyCaller) -> list[Asset]:
    """Every active asset."""
    return list(service.active_assets(db))


@router.get("/content/{asset_id}", response_model=Asset, responses=PROBLEMS)
def read_content(asset_id: str, db: DbSession, caller: AnyCaller) -> Asset:
    """One asset."""
    return service.from_row(service.get_asset(db, asset_id))


@router.post("/content", response_model=Asset, status_code=201, responses=PROBLEMS)
def create_content(
    request: Request,
    db: DbSession,
    caller: Writer,
    data: dict[str, Any] = Body(examples=[_EXAMPLE]),
) -> Asset:
    """Add an asset; its id must be new."""
    row = service.create_asset(db, service.validate(data), actor=caller.actor)
    state_of(request).content.invalidate()
    return service.from_row(row)


@router.put(
    "/content/{asset_id}", response_model=Asset, responses=also(201, "Created", Asset)
)
def put_content(
    asset_id: str,
    request: Request,
    db: DbSession,
    caller: Writer,
    response: Response,
    data: dict[str, Any] = Body(examples=[_EXAMPLE]),
) -> Asset:
    """Create or replace an asset."""
    row, created = service.put_asset(
        db, asset_id, service.validate(data), actor=caller.actor
    )
    response.status_code = 201 if created else 200
    state_of(request).content.invalidate()
    return service.from_row(row)


@router.delete("/content/{asset_id}", status_code=204, responses=PROBLEMS)
def delete_content(
    asset_id: str, request: Request, db: DbSession, caller: Writer
) -> Response:
    """Retire an asset: it is never suggested again."""
    service.delete_asset(db, asset_id, actor=caller.actor)
    state_of(request).content.invalidate()
    return Response(status_code=204)


@router.get(
    "/contacts/{ref}/suggestions",
    response_model=suggest.SuggestionsOut,
    responses=PROBLEMS,
)
def contact_suggestions(
    ref: str,
    query: Annotated[suggest.SuggestQuery, Query()],
    db: DbSession,
    caller: AnyCaller,
    policy: CurrentPolicy,
) -> suggest.SuggestionsOut:
    """Content to offer this contact next, best first, each with why it fits."""
    contact = get_contact(db, ref)
    return suggest.suggest_for(db, policy=policy, contact=contact, limit=query.limit)
