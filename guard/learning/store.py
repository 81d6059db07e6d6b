"""Deployment models in the database: save, list, activate, load."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guard.analysis.model.linear import LinearModel, from_document, load_model
from guard.errors import NotFound
from models import AuditEvent, LearnedModel

SHIPPED = "shipped"


@dataclass(frozen=True, slots=True)
class ModelLine:
    id: str
    labels: int
    created_at: datetime | None
    active: bool
    shipped: bool = False


def save(
    db: Session, *, name: str, text: str, labels: int, actor: str, now: datetime
) -> LearnedModel:
    """Store a trained model (not active). Training again on the same data gives the
    same id: the row is kept, not duplicated."""
    document = json.loads(text)
    row = db.get(LearnedModel, document["id"])
    if row is not None:
        return row
    row = LearnedModel(
        id=document["id"],
        name=name,
        document=text,
        labels=labels,
        meta=document.get("meta", {}),
        trained_by=actor,
        created_at=now,
    )
    db.add(row)
    db.add(
        AuditEvent(
            at=now,
            actor=actor,
            action="model.trained",
            subject_type="model",
            subject_id=row.id,
            data={"labels": labels, "items": row.meta.get("items")},
        )
    )
    db.flush()
    return row


def activate(
    db: Session, model_id: str, *, name: str, actor: str, now: datetime
) -> str:
    """Make `model_id` the active model `name` (or `shipped`: the package's own);
    returns the id that was active before."""
    before = active_id(db, name) or SHIPPED
    if model_id != SHIPPED and db.get(LearnedModel, model_id) is None:
        raise NotFound(f"no deployment model {model_id!r}: see `guard model list`")
    db.execute(
        update(LearnedModel)
        .where(LearnedModel.name == name, LearnedModel.active.is_(True))
        .values(active=False)
    )
    if model_id != SHIPPED:
        db.execute(
            update(LearnedModel)
            .where(LearnedModel.id == model_id)
            .values(active=True, activated_at=now, activated_by=actor)
        )
    db.add(
        AuditEvent(
            at=now,
            actor=actor,
            action="model.activated",
            subject_type="model",
            subject_id=model_id,
            data={"name": name, "before": before},
        )
    )
    return before


def active_id(db: Session, name: str) -> str | None:
    """The active deployment model's id, or None when the shipped one decides."""
    return db.scalar(
        select(LearnedModel.id).where(
            LearnedModel.name == name, LearnedModel.active.is_(True)
        )
    )


def active_model(db: Session, name: str) -> LinearModel | None:
    """The active deployment model, parsed; None when the shipped one decides."""
    active = active_id(db, name)
    return load(db, active, name=name) if active is not None else None


def load(db: Session, model_id: str, *, name: str) -> LinearModel:
    """A model by id: a deployment model, the shipped one (`shipped` or its id)."""
    shipped = load_model(name)
    if shipped is not None and model_id in (SHIPPED, shipped.model_id):
        return shipped
    document = db.scalar(
        select(LearnedModel.document).where(
            LearnedModel.id == model_id, LearnedModel.name == name
        )
    )
    if document is None:
        raise NotFound(f"no model {model_id!r}: see `guard model list`")
    return from_document(json.loads(document))


def lines(db: Session, name: str) -> list[ModelLine]:
    """The shipped model first, then the deployment's, newest first."""
    rows = db.scalars(
        select(LearnedModel)
        .where(LearnedModel.name == name)
        .order_by(LearnedModel.created_at.desc(), LearnedModel.id)
    ).all()
    shipped = load_model(name)
    out = []
    if shipped is not None:
        active = not any(r.active for r in rows)
        out.append(ModelLine(shipped.model_id, 0, None, active, shipped=True))
    out += [ModelLine(r.id, r.labels, r.created_at, r.active) for r in rows]
    return out


def meta_of(db: Session, model_id: str) -> dict[str, Any]:
    row = db.get(LearnedModel, model_id)
    return dict(row.meta) if row is not None else {}
