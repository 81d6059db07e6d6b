"""Content to send a contact next, without a draft: stage, persona and history."""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from guard.checks.schemas import SuggestionOut
from guard.engine.snapshot import load_context
from guard.policy import Policy
from models import Contact
from rules.features.content import suggest


class SuggestQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    limit: int = Field(3, ge=1, le=10, description="how many suggestions at most")


class SuggestionsOut(BaseModel):
    contact: str
    stage: str
    suggestions: list[SuggestionOut]


def suggest_for(
    db: Session, *, policy: Policy, contact: Contact, limit: int
) -> SuggestionsOut:
    """The best assets for this contact now, never one already sent to them."""
    ctx = load_context(db, contact, now=datetime.now(UTC), sender="")
    chosen = suggest(
        policy.assets,
        contact=ctx.contact,
        language=ctx.contact.language,
        exclude_urls=ctx.sent_links,
        limit=limit,
    )
    return SuggestionsOut(
        contact=contact.email,
        stage=contact.stage,
        suggestions=[
            SuggestionOut(asset_id=s.asset_id, title=s.title, url=s.url, why=s.why)
            for s in chosen
        ],
    )
