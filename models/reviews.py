"""Review items: blocked checks waiting for a sales manager's decision."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

REVIEW_STATUSES: tuple[str, ...] = (
    "pending",
    "approved",
    "rejected",
    "edited",
    "expired",
)


class ReviewItem(TimestampMixin, Base):
    __tablename__ = "review_items"
    __table_args__ = (Index("ix_review_items_status_created", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[str] = mapped_column(
        ForeignKey("checks.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(20), default="pending")
    team: Mapped[str | None] = mapped_column(String(100), index=True)
    sender_email: Mapped[str] = mapped_column(String(320))
    expires_at: Mapped[datetime]
    decided_by: Mapped[str | None] = mapped_column(String(320))
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None] = mapped_column(Text)
    edited_subject: Mapped[str | None] = mapped_column(Text)
    edited_body: Mapped[str | None] = mapped_column(Text)
    # One-time override: the digest of the token handed to the caller, spent on first
    # use.
    override_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    override_used_at: Mapped[datetime | None]
