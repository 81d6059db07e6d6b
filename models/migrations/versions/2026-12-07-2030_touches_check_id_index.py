"""touches are found by the check that recorded them

Revision ID: s_partitions
Revises: m_model_id
Create Date: 2026-12-07 20:30:00

`POST /v1/touches` with a check_id looks up the touch that check recorded, and deleting
a check sets its touches' check_id to NULL: both read touches by check_id, which had no
index (a full scan of the largest table per call; docs/scaling.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "s_partitions"
down_revision: str | None = "m_model_id"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_touches_check_id"), "touches", ["check_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_touches_check_id"), table_name="touches")
