"""A session the database itself keeps from writing, rolled back at the end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session


@contextmanager
def no_writes(db: Session) -> Iterator[Session]:
    """Refuse every write for the session's transaction, then roll it back.

    Enforced by the database, not by care: a simulation that tried to record a touch
    would fail loudly instead of changing what live checks see.
    """
    conn = db.connection()
    sqlite = conn.dialect.name == "sqlite"
    # SQLite's switch is per connection, so it is turned off again before the
    # connection goes back to the pool; PostgreSQL's lasts for this transaction only.
    conn.exec_driver_sql(
        "PRAGMA query_only = ON" if sqlite else "SET TRANSACTION READ ONLY"
    )
    try:
        yield db
    finally:
        if sqlite:
            conn.exec_driver_sql("PRAGMA query_only = OFF")
        db.rollback()
