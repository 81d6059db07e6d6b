"""outbox lease token: only the worker holding an event's lease records its outcome;
delivered payloads purged, and no raw override token left in a dead event

Revision ID: h3_outbox_lease_token
Revises: 0002
Create Date: 2026-12-07 16:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h3_outbox_lease_token"
down_revision: str | None = "0003_h2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_token", sa.String(length=32), nullable=True))
    events = sa.table(
        "outbox_events",
        sa.column("id", sa.Integer),
        sa.column("status", sa.String),
        sa.column("payload", sa.JSON),
    )
    # Earlier versions kept every body, override tokens included, for good.
    op.execute(
        events.update().where(events.c.status == "delivered").values(payload={})
    )
    conn = op.get_bind()
    dead = conn.execute(sa.select(events.c.id, events.c.payload).where(events.c.status == "dead"))
    for event_id, payload in dead.all():
        data = (payload or {}).get("data") or {}
        if "override_token" in data:
            data.pop("override_token")
            conn.execute(
                events.update()
                .where(events.c.id == event_id)
                .values(payload={**payload, "data": data})
            )


def downgrade() -> None:
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.drop_column("lease_token")
