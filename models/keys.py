"""API keys: random, shown once, stored as a SHA-256 digest."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

# A `metrics` key reads GET /metrics and nothing else (a Prometheus scraper's key).
ROLES: tuple[str, ...] = ("admin", "manager", "sdr", "integration", "metrics")


class ApiKey(TimestampMixin, Base):
    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # Keys carry 256 random bits, so a fast digest is enough; no slow KDF on every
    # request.
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    sender_email: Mapped[str | None] = mapped_column(String(320))
    revoked_at: Mapped[datetime | None]
