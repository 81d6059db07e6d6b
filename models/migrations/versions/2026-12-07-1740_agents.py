"""agents as senders: the agents table, sender kind and agent id on checks and touches

Revision ID: 0003_agents
Revises: 0002
Create Date: 2026-12-07 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0003_agents"
down_revision: str | None = "g_graph_mail"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agent_id", sa.String(length=200), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_agents_team_id_teams")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agents")),
        sa.UniqueConstraint("agent_id", name=op.f("uq_agents_agent_id")),
    )
    for table in ("checks", "touches"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column(
                    "sender_kind",
                    sa.String(length=10),
                    nullable=False,
                    server_default="human",
                )
            )
            batch.add_column(
                sa.Column("agent_id", sa.String(length=200), nullable=True)
            )
            batch.create_index(op.f(f"ix_{table}_agent_id"), ["agent_id"])


def downgrade() -> None:
    for table in ("touches", "checks"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f"ix_{table}_agent_id"))
            batch.drop_column("agent_id")
            batch.drop_column("sender_kind")
    op.drop_table("agents")
