"""sign-in throttle and session epoch

Revision ID: h1signin0003
Revises: 0002
Create Date: 2026-12-07 16:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import models.base


revision: str = 'h1signin0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sign_in_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('account', sa.String(length=320), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_failures'))
    )
    op.create_index(op.f('ix_sign_in_failures_at'), 'sign_in_failures', ['at'], unique=False)
    op.create_index(op.f('ix_sign_in_failures_account'), 'sign_in_failures', ['account'], unique=False)
    op.create_index(op.f('ix_sign_in_failures_address'), 'sign_in_failures', ['address'], unique=False)
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('session_epoch', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('users') as batch:
        batch.drop_column('session_epoch')
    op.drop_index(op.f('ix_sign_in_failures_address'), table_name='sign_in_failures')
    op.drop_index(op.f('ix_sign_in_failures_account'), table_name='sign_in_failures')
    op.drop_index(op.f('ix_sign_in_failures_at'), table_name='sign_in_failures')
    op.drop_table('sign_in_failures')
