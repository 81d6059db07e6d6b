"""graph mail: delta links as text, queued syncs, subscriptions, reps' time off

Revision ID: g_graph_mail
Revises: h3_outbox_lease_token
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "g_graph_mail"
down_revision: str | None = "h3_outbox_lease_token"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHEN = models.base.UtcDateTime(timezone=True)
_AWAY = ("away_status", "away_starts_at", "away_ends_at", "away_message", "away_read_at")


def upgrade() -> None:
    with op.batch_alter_table("mailbox_watermarks", schema=None) as batch_op:
        batch_op.alter_column(
            "watermark", type_=sa.Text(), existing_type=sa.String(length=500)
        )
        batch_op.add_column(sa.Column("sync_requested_at", _WHEN, nullable=True))
    op.create_table(
        "graph_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=320), nullable=False),
        sa.Column("subscription_id", sa.String(length=200), nullable=False),
        sa.Column("expires_at", _WHEN, nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("updated_at", _WHEN, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_graph_subscriptions")),
        sa.UniqueConstraint("mailbox", name=op.f("uq_graph_subscriptions_mailbox")),
        sa.UniqueConstraint(
            "subscription_id", name=op.f("uq_graph_subscriptions_subscription_id")
        ),
    )
    with op.batch_alter_table("senders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("away_status", sa.String(20), nullable=True))
        batch_op.add_column(sa.Column("away_starts_at", _WHEN, nullable=True))
        batch_op.add_column(sa.Column("away_ends_at", _WHEN, nullable=True))
        batch_op.add_column(sa.Column("away_message", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("away_read_at", _WHEN, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("senders", schema=None) as batch_op:
        for column in _AWAY:
            batch_op.drop_column(column)
    op.drop_table("graph_subscriptions")
    with op.batch_alter_table("mailbox_watermarks", schema=None) as batch_op:
        batch_op.drop_column("sync_requested_at")
        batch_op.alter_column(
            "watermark", type_=sa.String(length=500), existing_type=sa.Text()
        )
