"""AI agents that send on a team's behalf, and how far each is trusted."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin

# supervised: every decision but a clean allow goes to review (and its first sends to
# each new account); assisted: block and rewrite go to review; autonomous: as a rep.
AGENT_LEVELS = ("supervised", "assisted", "autonomous")


class Agent(TimestampMixin, Base):
    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    agent_id: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str | None] = mapped_column(String(200))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    level: Mapped[str] = mapped_column(String(20), default="supervised")
