"""People who sign in to the manager pages: argon2 hashes, never the password."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guard.errors import Conflict, InvalidInput, NotFound
from guard.teams import ensure_team
from models import User

USER_ROLES = ("manager", "admin")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# Verifying against this when the address is unknown takes as long as a real check,
# so the answer time does not tell which addresses have accounts. Written out rather
# than hashed at import: hashing cost 0.1-0.7 s of every start (64 MB, four lanes);
# tests/web/test_dummy_hash.py checks it has the hasher's parameters.
_DUMMY_HASH = (
    "$argon2id$v=19$m=65536,t=3,p=4$dGm/mlJ+p1pYK6NBY99BmA"
    "$MwTx2DdPuwuPiwk45dYmfWbqYmQpfl1+4UJAY+afMUI"
)


def create_user(
    db: Session, *, email: str, name: str, role: str, team: str | None, password: str
) -> User:
    email = email.strip().lower()
    if role not in USER_ROLES:
        raise InvalidInput(f"role must be one of {', '.join(USER_ROLES)}", field="role")
    if role == "manager" and not team:
        raise InvalidInput(
            "a manager needs a --team (their review queue)", field="team"
        )
    _check_length(password)
    if db.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict(f"A user {email} already exists.")
    user = User(
        email=email,
        name=name,
        role=role,
        team_id=ensure_team(db, team) if team else None,
        password_hash=_hasher.hash(password),
    )
    db.add(user)
    db.flush()
    return user


def _check_length(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(
            f"the password needs at least {MIN_PASSWORD} characters", field="password"
        )


def find_user(db: Session, email: str) -> User | None:
    return db.scalar(select(User).where(User.email == email.strip().lower()))


def password_matches(user: User | None, password: str) -> bool:
    """Whether `password` is `user`'s (argon2, about 100 ms: call it holding no lock
    and no write session)."""
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return user is not None


def set_password(db: Session, email: str, password: str) -> User:
    """A new password; every session signed in with the old one ends."""
    user = find_user(db, email)
    if user is None:
        raise NotFound(f"No user {email.strip().lower()}.")
    _check_length(password)
    user.password_hash = _hasher.hash(password)
    end_sessions(db, user.id)
    return user


def end_sessions(db: Session, user_id: int) -> None:
    """Every cookie issued to this user so far stops working (sign-out, password)."""
    db.execute(
        update(User)
        .where(User.id == user_id)
        .values(session_epoch=User.session_epoch + 1)
    )
