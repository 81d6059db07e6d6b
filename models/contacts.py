"""Contacts, their journey-stage history and do-not-contact entries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin, utc_now


class Contact(TimestampMixin, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(300))
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    persona: Mapped[str | None] = mapped_column(String(50))
    position: Mapped[str | None] = mapped_column(String(50))
    entry_point: Mapped[bool] = mapped_column(default=True)
    stage: Mapped[str] = mapped_column(String(50), default="lead")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    country: Mapped[str | None] = mapped_column(String(2))
    language: Mapped[str] = mapped_column(String(8), default="en")
    consent: Mapped[str] = mapped_column(String(20), default="ok")


class StageChange(Base):
    __tablename__ = "stage_history"
    __table_args__ = (Index("ix_stage_history_contact_at", "contact_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    from_stage: Mapped[str | None] = mapped_column(String(50))
    stage: Mapped[str] = mapped_column(String(50))
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    source: Mapped[str] = mapped_column(String(50), default="api")


class Suppression(TimestampMixin, Base):
    """A do-not-contact entry for an address, a whole domain or an account."""

    __tablename__ = "suppressions"
    __table_args__ = (
        UniqueConstraint("scope", "value", name="uq_suppressions_scope_value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20))  # contact | domain | account
    value: Mapped[str] = mapped_column(String(320))
    reason: Mapped[str] = mapped_column(String(300), default="")
