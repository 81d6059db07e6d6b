"""Checks and their findings: the decision log, one row per evaluated planned send."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, TimestampMixin

if TYPE_CHECKING:
    from models.reviews import ReviewItem


class Check(TimestampMixin, Base):
    __tablename__ = "checks"
    __table_args__ = (
        Index("ix_checks_contact_created", "contact_id", "created_at"),
        Index("ix_checks_sender_created", "sender_email", "created_at"),
        # Idempotency keys are the caller's own: another key cannot pre-claim them.
        UniqueConstraint(
            "api_key_id", "idempotency_key", name="uq_checks_api_key_id_idempotency_key"
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(300))
    api_key_id: Mapped[int | None] = mapped_column(ForeignKey("api_keys.id"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL")
    )
    sender_email: Mapped[str] = mapped_column(String(320))
    # "agent" when an AI agent wrote and sends the touch, named by agent_id.
    sender_kind: Mapped[str] = mapped_column(
        String(10), default="human", server_default="human"
    )
    agent_id: Mapped[str | None] = mapped_column(String(200), index=True)
    team: Mapped[str | None] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    planned_at: Mapped[datetime]
    sequence_id: Mapped[str | None] = mapped_column(String(200))
    sequence_step: Mapped[int | None]
    automated: Mapped[bool] = mapped_column(default=False)
    verdict: Mapped[str] = mapped_column(String(10), index=True)
    deliver_after: Mapped[datetime | None]
    rewrite: Mapped[str | None] = mapped_column(Text)
    suggestions: Mapped[list[Any]] = mapped_column(default=list)
    # The decision log (STYLE habit 8): what ran, on what input, how long it took.
    pack_revision: Mapped[str] = mapped_column(String(64))
    # The model that judged the text (e.g. "bump-3f9c…", "lexicon"), beside the pack.
    model_id: Mapped[str | None] = mapped_column(String(64))
    input_digest: Mapped[str] = mapped_column(String(64))
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    timings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    override_review_id: Mapped[int | None]

    findings: Mapped[list[FindingRow]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="FindingRow.id"
    )
    review: Mapped[ReviewItem | None] = relationship(lazy="raise")


class FindingRow(Base):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[str] = mapped_column(
        ForeignKey("checks.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[str] = mapped_column(String(100), index=True)
    verdict: Mapped[str] = mapped_column(String(10))
    severity: Mapped[str] = mapped_column(String(10))
    message: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    deliver_after: Mapped[datetime | None]
    overridable: Mapped[bool] = mapped_column(default=True)
