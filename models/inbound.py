"""Inbound messages: what contacts (or their mail servers) sent back, classified on
arrival.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class InboundMessage(TimestampMixin, Base):
    __tablename__ = "inbound_messages"
    __table_args__ = (
        Index("ix_inbound_contact_received", "contact_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[str] = mapped_column(String(998), unique=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    from_email: Mapped[str] = mapped_column(String(320), index=True)
    to_email: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    headers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    kind: Mapped[str] = mapped_column(
        String(20)
    )  # ooo | auto_ack | bounce | gone | human
    intents: Mapped[list[Any]] = mapped_column(default=list)
    scheduling_link: Mapped[str | None] = mapped_column(String(2000))
    received_at: Mapped[datetime]
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    touch_id: Mapped[int | None] = mapped_column(
        ForeignKey("touches.id", ondelete="SET NULL")
    )
    analysis: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source: Mapped[str] = mapped_column(String(30), default="api")


class MailboxWatermark(TimestampMixin, Base):
    """How far a mail source has been read, advanced only after the batch committed."""

    __tablename__ = "mailbox_watermarks"

    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(320), unique=True)
    # Graph delta links run to well over 500 characters.
    watermark: Mapped[str | None] = mapped_column(Text)
    # Set by a change notification: the worker reads this mailbox at its next tick.
    sync_requested_at: Mapped[datetime | None]


class GraphSubscription(TimestampMixin, Base):
    """A Graph change-notification subscription on one rep's Inbox."""

    __tablename__ = "graph_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(320), unique=True)
    subscription_id: Mapped[str] = mapped_column(String(200), unique=True)
    expires_at: Mapped[datetime]
