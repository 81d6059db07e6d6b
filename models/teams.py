"""Teams of senders, and the people who sign in to the manager pages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class Team(TimestampMixin, Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Sender(TimestampMixin, Base):
    """A seller's address and the team whose policy applies to their sends."""

    __tablename__ = "senders"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    # The rep's own automatic replies as their mailbox reports them (the worker reads
    # them): disabled | always | scheduled; None: never read.
    away_status: Mapped[str | None] = mapped_column(String(20))
    away_starts_at: Mapped[datetime | None]
    away_ends_at: Mapped[datetime | None]
    away_message: Mapped[str | None] = mapped_column(Text)
    away_read_at: Mapped[datetime | None]


class User(TimestampMixin, Base):
    """Someone who signs in to /ui (a manager or an admin)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    # Raised at sign-out and at a password change: a cookie signed with an older value
    # no longer signs anyone in.
    session_epoch: Mapped[int] = mapped_column(default=0, server_default="0")
