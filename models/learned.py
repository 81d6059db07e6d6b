"""Models trained for this deployment (`guard model train --include-reviews`).

The shipped models live in the package (guard/analysis/model/data/); a deployment's
own, trained with its managers' review decisions, are stored here, so every server
sharing the database sees the same ones. At most one per name is active; none active
means the shipped model decides.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, TimestampMixin


class LearnedModel(TimestampMixin, Base):
    __tablename__ = "learned_models"
    __table_args__ = (Index("ix_learned_models_name_active", "name", "active"),)

    # The model's own id ("bump-reviews-3f9c…"): a digest of what decides.
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(20))  # which judgement: "bump"
    document: Mapped[str] = mapped_column(Text)  # the model file's JSON text
    labels: Mapped[int] = mapped_column(default=0)  # review labels it learnt from
    meta: Mapped[dict[str, Any]] = mapped_column(default=dict)
    trained_by: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(default=False)
    activated_at: Mapped[datetime | None]
    activated_by: Mapped[str | None] = mapped_column(String(320))
