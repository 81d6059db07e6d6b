"""Touches: outbound interactions that happened, across every channel and tool."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
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
    check_id: Mapped[str | None] = mapped_column(
        ForeignKey("checks.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(String(20), default="crm")  # crm | guard
