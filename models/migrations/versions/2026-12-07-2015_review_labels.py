"""learned_models: models trained for this deployment from managers' reviews

Revision ID: l_review_labels
Revises: p_provisional_touches
Create Date: 2026-12-07 20:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "l_review_labels"
down_revision: str | None = "p_provisional_touches"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "learned_models",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=20), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("labels", sa.Integer(), nullable=False),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("trained_by", sa.String(length=320), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column(
            "activated_at", models.base.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("activated_by", sa.String(length=320), nullable=True),
        sa.Column("created_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", models.base.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_models")),
    )
    op.create_index(
        "ix_learned_models_name_active", "learned_models", ["name", "active"]
    )


def downgrade() -> None:
    op.drop_index("ix_learned_models_name_active", table_name="learned_models")
    op.drop_table("learned_models")
