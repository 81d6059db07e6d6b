"""Teams by name: keys, users, sellers and agents name their team; the row follows."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Team


def ensure_team(db: Session, name: str) -> int:
    """The id of the team called `name`, created on first mention."""
    team = db.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(name=name)
        db.add(team)
        db.flush()
    return team.id


def team_name(db: Session, team_id: int | None) -> str | None:
    """The name of the team `team_id` (None: no team, or none by that id)."""
    if team_id is None:
        return None
    return db.scalar(select(Team.name).where(Team.id == team_id))
