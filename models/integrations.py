"""Integrations: CRMs and sales-engagement tools that call the signed webhook."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

FALLBACK_MODES: tuple[str, ...] = ("fail_open", "fail_closed")


class Integration(TimestampMixin, Base):
    __tablename__ = "integrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    api_key_id: Mapped[int] = mapped_column(ForeignKey("api_keys.id"))
    mode: Mapped[str] = mapped_column(String(20), default="fail_open")
    callback_url: Mapped[str | None] = mapped_column(String(2000))
    # Standard Webhooks secrets ("whsec_…"), newest first; two are valid during
    # rotation.
    # Kept readable because verifying an HMAC needs the secret itself.
    secrets: Mapped[list[Any]] = mapped_column(default=list)


class OutboxEvent(TimestampMixin, Base):
    """A webhook event for an integration's callback, retried until it lands."""

    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    integration_id: Mapped[int] = mapped_column(
        ForeignKey("integrations.id", ondelete="CASCADE")
    )
    event_type: Mapped[str] = mapped_column(String(100))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(
        String(20), default="pending"
    )  # pending | delivered | dead
    attempts: Mapped[int] = mapped_column(default=0)
    # While leased: when the lease ends. Otherwise: when the next attempt is due.
    next_attempt_at: Mapped[datetime]
    # Who holds the lease: only that worker may record the attempt's outcome.
    lease_token: Mapped[str | None] = mapped_column(String(32))
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None]


class Revision(Base):
    """A stamp that changes with every change to API keys or integrations.

    Database triggers set a new random stamp on any insert, update or delete of
    `api_keys` or `integrations`, whoever makes it (API, CLI, SQL by hand), so every
    server process learns of a revocation by reading this one row.
    """

    __tablename__ = "revisions"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    stamp: Mapped[str] = mapped_column(String(32))
