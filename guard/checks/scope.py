"""Who may check which sends and read which decisions (docs/security.md)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, true
from sqlalchemy.orm import Session

from guard.auth import Caller
from guard.errors import Forbidden
from guard.teams import team_name
from models import Check


def check_sender(caller: Caller, sender_email: str) -> None:
    """An SDR key checks the sends of its own address only."""
    if caller.role != "sdr":
        return
    if caller.sender_email is None:
        raise Forbidden(
            "This SDR key names no sender; create it with "
            "`guard keys create --role sdr --sender EMAIL`."
        )
    if sender_email.lower() != caller.sender_email:
        raise Forbidden(
            f"This SDR key checks sends from {caller.sender_email} only, "
            f"not from {sender_email}."
        )


def visible(db: Session, caller: Caller) -> ColumnElement[bool]:
    """The checks a caller may read: an SDR their own, a manager their team's, an
    integration the ones it made, an admin all."""
    if caller.role == "sdr":
        return Check.sender_email == (caller.sender_email or "")
    if caller.role == "manager":
        team = team_name(db, caller.team_id)
        return Check.team == (team or "")
    if caller.role == "integration":
        return Check.api_key_id == caller.key_id
    return true()
