"""checks record the model that decided

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 16:55:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "m_model_id"
down_revision: str | None = "0003_agents"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Beside pack_revision: which learned model (or "lexicon") judged the text.
    op.add_column("checks", sa.Column("model_id", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("checks", "model_id")
