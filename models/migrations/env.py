"""Alembic environment: the URL comes from config attributes or GUARD_DATABASE_URL.

Never imports `guard` (models stand alone); `guard db upgrade` passes its connection in.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from models import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.attributes.get("url")
    return url or os.environ.get("GUARD_DATABASE_URL", "sqlite:///./guard.db")


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Never queue behind live traffic for long while taking DDL locks. LOCAL:
            # the migrations run in this one transaction, and the setting must not
            # outlive it on a pooled connection.
            connection.exec_driver_sql("SET LOCAL lock_timeout = '10s'")
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
