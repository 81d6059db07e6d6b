"""Absences: out-of-office state per contact, kept as history."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class Absence(TimestampMixin, Base):
    __tablename__ = "absences"
    __table_args__ = (Index("ix_absences_contact_returns", "contact_id", "returns_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    source: Mapped[str] = mapped_column(
        String(30)
    )  # auto_reply | exchange_oof | mailtips | manual
    starts_on: Mapped[date | None]
    returns_on: Mapped[date | None]
    last_day_away: Mapped[date | None]
    confidence: Mapped[float] = mapped_column(default=1.0)
    evidence: Mapped[str] = mapped_column(Text, default="")
    noticed_at: Mapped[datetime]
    alternates: Mapped[list[Any]] = mapped_column(default=list)
    inbound_id: Mapped[int | None] = mapped_column(
        ForeignKey("inbound_messages.id", ondelete="SET NULL")
    )
    closed_at: Mapped[datetime | None]
