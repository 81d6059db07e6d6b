"""Put a sender in a team (created on first use); the team picks the pack override."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.senders.schemas import SenderIn, SenderOut
from models import Sender, Team
from rules.packs import Pack


def upsert_sender(
    db: Session, *, pack: Pack, email: str, data: SenderIn
) -> tuple[SenderOut, bool]:
    """Create or update the sender; (what it is now, whether it was created)."""
    email = email.strip().lower()
    row = db.scalar(select(Sender).where(Sender.email == email))
    created = row is None
    if row is None:
        row = Sender(email=email)
        db.add(row)
    row.team_id = team_id(db, data.team) if data.team else None
    if data.name is not None or created:
        row.name = data.name
    db.flush()
    return present(row, data.team, pack), created


def team_id(db: Session, name: str) -> int:
    team = db.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        db.add(team)
        db.flush()
    return team.id


def present(row: Sender, team: str | None, pack: Pack) -> SenderOut:
    return SenderOut(
        email=row.email,
        name=row.name,
        team=team,
        team_in_pack=team is not None and team in pack.teams,
    )
