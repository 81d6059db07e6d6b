"""key revisions and per-caller idempotency keys

A `revisions` row whose stamp triggers change on every write to `api_keys` or
`integrations`: each server process polls that one row and reloads its integration
cache when it moves, so a revocation or a secret rotation takes effect everywhere
within a second. Idempotency keys become unique per API key instead of globally.

Note for later migrations: SQLite's batch mode recreates a table and so drops its
triggers; a migration that batch-alters `api_keys` or `integrations` must create
the triggers again (`_create_sqlite_triggers`).

Revision ID: 0003_h2
Revises: 0002
Create Date: 2026-12-07 17:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_h2"
down_revision: str | None = "h1signin0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("api_keys", "integrations")
_EVENTS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "revisions",
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("stamp", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_revisions")),
    )
    if op.get_bind().dialect.name == "sqlite":
        _create_sqlite_triggers()
    else:
        _create_postgres_triggers()
    op.execute(
        "INSERT INTO revisions (name, stamp) VALUES ('integrations', 'initial')"
    )
    with op.batch_alter_table("checks") as batch_op:
        batch_op.drop_constraint("uq_checks_idempotency_key", type_="unique")
        batch_op.create_unique_constraint(
            "uq_checks_api_key_id_idempotency_key", ["api_key_id", "idempotency_key"]
        )


def _create_sqlite_triggers() -> None:
    # A random stamp, not a counter: a deleted row (tests wipe tables) restarts no
    # sequence that a process could mistake for the revision it already has.
    for table in _TABLES:
        for event in _EVENTS:
            op.execute(
                f"CREATE TRIGGER trg_{table}_{event.lower()}_revision "
                f"AFTER {event} ON {table} BEGIN "
                "INSERT INTO revisions (name, stamp) "
                "VALUES ('integrations', lower(hex(randomblob(16)))) "
                "ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp; END"
            )


def _create_postgres_triggers() -> None:
    op.execute(
        "CREATE FUNCTION bump_integrations_revision() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO revisions (name, stamp) VALUES ('integrations', "
        "md5(random()::text || clock_timestamp()::text)) "
        "ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp; "
        "RETURN NULL; END $$"
    )
    for table in _TABLES:
        op.execute(
            f"CREATE TRIGGER trg_{table}_revision "
            f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION bump_integrations_revision()"
        )


def downgrade() -> None:
    with op.batch_alter_table("checks") as batch_op:
        batch_op.drop_constraint("uq_checks_api_key_id_idempotency_key", type_="unique")
        batch_op.create_unique_constraint(
            "uq_checks_idempotency_key", ["idempotency_key"]
        )
    if op.get_bind().dialect.name == "sqlite":
        for table in _TABLES:
            for event in _EVENTS:
                op.execute(f"DROP TRIGGER trg_{table}_{event.lower()}_revision")
    else:
        for table in _TABLES:
            op.execute(f"DROP TRIGGER trg_{table}_revision ON {table}")
        op.execute("DROP FUNCTION bump_integrations_revision()")
    op.drop_table("revisions")
