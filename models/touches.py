"""Touches: outbound interactions that happened, across every channel and tool."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class Touch(TimestampMixin, Base):
    __tablename__ = "touches"
    __table_args__ = (
        # The hot queries: one contact's recent touches, one account's recent touches.
        Index("ix_touches_contact_sent", "contact_id", "sent_at"),
        Index("ix_touches_account_sent", "account_id", "sent_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    # Denormalised so account limits need no join on the dispatch path.
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL")
    )
    sender_email: Mapped[str] = mapped_column(String(320))
    # "agent" when an AI agent wrote and sends the touch, named by agent_id.
    sender_kind: Mapped[str] = mapped_column(
        String(10), default="human", server_default="human"
    )
    agent_id: Mapped[str | None] = mapped_column(String(200), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime]
    automated: Mapped[bool] = mapped_column(default=False)
    sequence_id: Mapped[str | None] = mapped_column(String(200))
    sequence_step: Mapped[int | None]
    is_bump: Mapped[bool] = mapped_column(default=False)
    links: Mapped[list[Any]] = mapped_column(default=list)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    # Indexed: the CRM confirms a check's touch by the check's id.
    check_id: Mapped[str | None] = mapped_column(
        ForeignKey("checks.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(20), default="crm")  # crm | guard
    # A touch a check recorded is provisional until the CRM confirms the send; still
    # unconfirmed at `expires_at`, it never happened and counts nowhere. NULL: a real
    # send (reported by the CRM, or confirmed), counted for good.
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)


def touch_status(expires_at: datetime | None, now: datetime) -> str:
    """confirmed (counted for good), provisional (until `expires_at`) or expired."""
    if expires_at is None:
        return "confirmed"
    return "provisional" if expires_at > now else "expired"


def counted_at(expires_at: ColumnElement[datetime | None], now: Any) -> Any:
    """The touches that count at `now`: every confirmed one, and provisional ones not
    yet expired. One clause on rows the (contact, sent_at) index already found."""
    return expires_at.is_(None) | (expires_at > now)
