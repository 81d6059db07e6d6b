"""erased addresses: salted digests that keep an erased, suppressed address suppressed

Revision ID: r_retention_erasure
Revises: l_review_labels
Create Date: 2026-12-07 20:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "r_retention_erasure"
down_revision: str | None = "l_review_labels"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erased_addresses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("erased_at", models.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("consent", sa.String(length=20), nullable=False),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erased_addresses")),
        sa.UniqueConstraint("digest", name=op.f("uq_erased_addresses_digest")),
    )


def downgrade() -> None:
    op.drop_table("erased_addresses")
