"""A sign-in attempt: throttle and password checked with no lock held.

argon2 takes about 100 ms on purpose. Verifying under the write lock made every sign-in
(right or wrong) hold up the dispatch path; here the user and the throttle are read in
a short read session, the hash runs with no session open, and only the outcome is
written, in a short unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from starlette.concurrency import run_in_threadpool

from guard.db import write_session
from guard.state import GuardState
from guard.unit_of_work import write
from guard.web import throttle
from guard.web.users import find_user, password_matches
from models import User


@dataclass(frozen=True, slots=True)
class Attempt:
    user: User | None = None  # signed in
    retry_after: int | None = None  # throttled: seconds to wait


async def attempt(
    state: GuardState, email: str, password: str, address: str
) -> Attempt:
    email = email.strip().lower()
    now = datetime.now(UTC)
    outcome = await run_in_threadpool(_verify, state, email, password, address, now)
    if outcome.retry_after is not None:
        return outcome
    db = write_session(state)
    if outcome.user is None:
        await write(db, partial(throttle.record_failure, db, email, address, now))
    else:
        await write(db, partial(throttle.forget_account, db, email))
    return outcome


def _verify(
    state: GuardState, email: str, password: str, address: str, now: datetime
) -> Attempt:
    with state.read_sessionmaker() as db:
        wait = throttle.retry_after(db, email, address, now)
        if wait is not None:
            return Attempt(retry_after=wait)  # no hash spent on a throttled guess
        user = find_user(db, email)
    return Attempt(user=user if password_matches(user, password) else None)
