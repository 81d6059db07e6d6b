"""The check contract: what callers send and what the guard answers (OpenAPI, /docs)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    SkipValidation,
    ValidationError,
    model_validator,
)

from guard.analysis.text.language import SUPPORTED
from guard.errors import ValidationFailed
from guard.inputs import InputModel, Instant
from models.domain import PlannedSend

Channel = Literal["email", "linkedin", "call", "sms"]
Language = Literal[SUPPORTED]  # type: ignore[valid-type]

# An address's shape, checked here: a full RFC 5322 parse costs a tenth of a
# millisecond per address, a batch has two thousand of them, and an address only has
# to name a stored contact or the caller's own sender.
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _address(value: str) -> str:
    if not _ADDRESS.fullmatch(value):
        raise ValueError("value is not a valid e-mail address (name@domain.example)")
    return value


Email = Annotated[
    str,
    Field(max_length=320, json_schema_extra={"format": "email"}),
    AfterValidator(_address),
]


class ContactRef(InputModel):
    """A contact named by e-mail address or by the CRM's id: exactly one of the two."""

    model_config = ConfigDict(extra="forbid")

    email: Email | None = None
    external_id: str | None = Field(None, min_length=1, max_length=200)

    @model_validator(mode="after")
    def _exactly_one(self) -> ContactRef:
        if (self.email is None) == (self.external_id is None):
            raise ValueError("give exactly one of 'email' or 'external_id'")
        return self


class SenderRef(InputModel):
    """Who sends: a person (the default) or an AI agent sending from that address."""

    model_config = ConfigDict(extra="forbid")
    email: Email
    kind: Literal["human", "agent"] = "human"
    agent_id: str | None = Field(
        None, min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:@/-]+$"
    )

    @model_validator(mode="after")
    def _agent_named(self) -> SenderRef:
        if (self.kind == "agent") != (self.agent_id is not None):
            raise ValueError("an agent sender needs 'agent_id'; a human has none")
        return self


class SequenceRef(InputModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    step: int | None = Field(None, ge=0, le=1000)


class CheckIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "contact": {"email": "ada@northwind.example"},
                    "sender": {"email": "sam@seller.example"},
                    "channel": "email",
                    "subject": "Re: integration question",
                    "body": "Hi Ada, just bumping this to the top of your inbox.",
                    "planned_at": "2026-11-23T09:00:00Z",
                    "sequence": {"id": "q4-outbound", "step": 3},
                    "automated": True,
                    "idempotency_key": "crm-msg-123",
                }
            ]
        },
    )

    contact: ContactRef
    sender: SenderRef
    channel: Channel
    subject: str = Field("", max_length=2000)
    body: str = ""
    body_html: str | None = None
    planned_at: Instant
    sequence: SequenceRef | None = None
    automated: bool = False
    assets: list[str] = Field(default_factory=list, max_length=50)
    # A hint for the analysis: one of the languages the guard has lexicons for.
    language: Language | None = None
    dry_run: bool = False
    idempotency_key: str | None = Field(None, min_length=1, max_length=300)
    override_token: str | None = Field(None, max_length=200)
    # The check_ids of earlier allowed sends that went out since the caller's last
    # call: their touches, provisional until now, count for good. Not part of the send.
    sent_check_ids: list[Annotated[str, Field(min_length=1, max_length=64)]] = Field(
        default_factory=list, max_length=100
    )

    def to_send(self, contact_id: int) -> PlannedSend:
        """The planned send to decide, to the stored contact `contact_id`."""
        return PlannedSend(
            contact_id=contact_id,
            sender_email=self.sender.email.lower(),
            channel=self.channel,
            planned_at=self.planned_at.astimezone(UTC),
            subject=self.subject,
            body=self.body,
            body_html=self.body_html,
            sequence_id=self.sequence.id if self.sequence else None,
            sequence_step=self.sequence.step if self.sequence else None,
            automated=self.automated,
            assets=tuple(self.assets),
            agent_id=self.sender.agent_id,
        )


class EvidenceOut(BaseModel):
    source: str
    # Empty once retention has purged the quote (guard/privacy/retention.py).
    text: str = ""
    id: str | None = None
    start: int | None = None
    end: int | None = None
    field: str | None = None


class FindingOut(BaseModel):
    rule: str
    verdict: str
    severity: str
    message: str
    evidence: list[EvidenceOut] = []
    deliver_after: datetime | None = None
    overridable: bool = True


class SuggestionOut(BaseModel):
    asset_id: str | None = None
    title: str
    url: str
    why: str


class CheckOut(BaseModel):
    check_id: str | None
    verdict: Literal["allow", "warn", "rewrite", "defer", "block"]
    deliver_after: datetime | None = None
    findings: list[FindingOut] = []
    rewrite: str | None = None
    suggestions: list[SuggestionOut] = []
    review_id: int | None = None
    pack_revision: str
    # The model that judged the text (`bump-…`, a deployment's `bump-reviews-…`, or
    # `lexicon`), recorded beside the pack revision.
    model_id: str | None = None
    dry_run: bool = False
    replayed: bool = False
    # An AI agent's send its trust level sent to a manager: wait for the approval.
    held_for_review: bool = False


class BatchIn(BaseModel):
    """Planned sends checked together; each gets its own answer."""

    model_config = ConfigDict(extra="forbid")
    # No max_length here: more than the limit is a 413 naming it, not a 422.
    # Documented as CheckIn, validated item by item (`checked_items`): one bad item
    # gets its own 422 in the answer and the others are still decided.
    items: list[SkipValidation[CheckIn]] = Field(min_length=1)

    def checked_items(self) -> list[CheckIn | ValidationFailed]:
        return [_checked(raw) for raw in self.items]


def _checked(raw: object) -> CheckIn | ValidationFailed:
    try:
        return CheckIn.model_validate(raw)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"]) or "item", "message": e["msg"]}
            for e in exc.errors()
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return ValidationFailed(detail, errors=errors)


class ProblemOut(BaseModel):
    """An RFC 9457 problem for one item of a batch."""

    type: str
    title: str
    status: int
    detail: str
    errors: list[dict[str, str]] = []


class BatchItemOut(BaseModel):
    index: int = Field(description="the item's position in the request, from 0")
    status: int = Field(description="200, or the status this item alone would get")
    result: CheckOut | None = None
    problem: ProblemOut | None = None


class BatchOut(BaseModel):
    items: list[BatchItemOut]
    counts: dict[str, int] = Field(
        description="answers by verdict, and `error` for items that got a problem"
    )
