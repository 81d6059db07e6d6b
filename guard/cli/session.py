"""A database session for CLI commands: one transaction, committed at the end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from guard.db import make_engine, make_sessionmaker
from guard.settings import get_settings


@contextmanager
def session_scope() -> Iterator[Session]:
    engine = make_engine(get_settings())
    session = make_sessionmaker(engine)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
        engine.dispose()
