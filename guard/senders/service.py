"""Put a sender in a team (created on first use); the team picks the pack override."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.auth import Caller
from guard.errors import Forbidden, NotFound
from guard.senders.schemas import AwayOut, SenderIn, SenderOut
from guard.teams import ensure_team, team_name
from models import Sender, Team
from models.domain import SenderAway
from rules.engine.packs import Pack


def upsert_sender(
    db: Session, *, pack: Pack, caller: Caller, email: str, data: SenderIn
) -> tuple[SenderOut, bool]:
    """Create or update the sender; (what it is now, whether it was created)."""
    email = email.strip().lower()
    row = db.scalar(select(Sender).where(Sender.email == email))
    created = row is None
    current = None if row is None or row.team_id is None else db.get(Team, row.team_id)
    check_move(db, caller, current.name if current else None, data.team)
    if row is None:
        row = Sender(email=email)
        db.add(row)
    row.team_id = ensure_team(db, data.team) if data.team else None
    if data.name is not None or created:
        row.name = data.name
    db.flush()
    return present(row, data.team, pack), created


def check_move(
    db: Session, caller: Caller, current: str | None, wanted: str | None
) -> None:
    """Who may put a seller in which team (a team decides the policy and reviews).

    A manager works within their own team: they may add a seller who has no team,
    rename or release one of theirs, and not even rename another team's seller. An
    integration (a CRM sync) may place a seller who has no team yet, never move one
    out of a team. Admins may do anything.
    """
    if caller.role == "admin":
        return
    if caller.role == "integration":
        if current not in (None, wanted):
            raise Forbidden(
                f"This seller is in team {current!r}; only an admin or that team's "
                "manager can move them out of it."
            )
        return
    own = team_name(db, caller.team_id)
    if own is None:
        raise Forbidden("This manager key has no team, so it can place no sellers.")
    if current not in (None, own):
        raise Forbidden(
            f"This seller is in team {current!r}; a manager of {own!r} "
            "cannot move them."
        )
    if wanted not in (None, own):
        raise Forbidden(f"A manager of {own!r} can put sellers in {own!r} only.")


def get_sender(db: Session, *, pack: Pack, email: str, now: datetime) -> SenderOut:
    row = db.scalar(select(Sender).where(Sender.email == email.strip().lower()))
    if row is None:
        raise NotFound(f"no sender {email}; PUT /v1/senders/{email} creates one")
    team = db.get(Team, row.team_id) if row.team_id else None
    return present(row, team.name if team else None, pack, now=now)


def present(
    row: Sender, team: str | None, pack: Pack, *, now: datetime | None = None
) -> SenderOut:
    return SenderOut(
        email=row.email,
        name=row.name,
        team=team,
        team_in_pack=team is not None and team in pack.teams,
        away=_away(row, now) if row.away_status else None,
    )


def _away(row: Sender, now: datetime | None) -> AwayOut:
    status = row.away_status or "disabled"
    active = status != "disabled" and now is not None
    if active:
        away = SenderAway(status, row.away_starts_at, row.away_ends_at)
        active = away.covers(now)
    return AwayOut(
        status=status,  # type: ignore[arg-type]
        starts_at=row.away_starts_at,
        ends_at=row.away_ends_at,
        message=row.away_message,
        read_at=row.away_read_at,
        active_now=active,
    )
