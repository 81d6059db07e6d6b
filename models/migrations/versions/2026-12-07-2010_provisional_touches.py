"""touches a check records are provisional until the CRM confirms the send

Revision ID: p_provisional_touches
Revises: m_model_id
Create Date: 2026-12-07 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "p_provisional_touches"
down_revision: str | None = "m_model_id"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # NULL expires_at: counted for good. Touches recorded before this revision keep
    # counting as they did; those the CRM reported (or confirmed) are marked confirmed.
    op.add_column(
        "touches",
        sa.Column("expires_at", models.base.UtcDateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "touches",
        sa.Column(
            "confirmed_at", models.base.UtcDateTime(timezone=True), nullable=True
        ),
    )
    # A confirmation finds the touch by its check: without this, a scan of the ledger.
    op.create_index("ix_touches_check_id", "touches", ["check_id"])
    op.execute(
        "UPDATE touches SET confirmed_at = created_at "
        "WHERE source = 'crm' OR external_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_touches_check_id", table_name="touches")
    with op.batch_alter_table("touches") as batch:
        batch.drop_column("confirmed_at")
        batch.drop_column("expires_at")
