"""Content assets: stored rows, validated by the same model as rules/content.yaml."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.errors import Conflict, InvalidInput, NotFound
from models import AuditEvent, ContentAsset
from rules.features.content import Asset, ContentError, asset_from_mapping


def to_row(asset: Asset, row: ContentAsset | None = None) -> ContentAsset:
    row = row or ContentAsset(id=asset.id)
    row.title = asset.title
    row.url = asset.url
    row.summary = asset.summary
    row.data = asset.model_dump(mode="json")
    row.active = True
    return row


def from_row(row: ContentAsset) -> Asset:
    return asset_from_mapping(row.data)


def seed_if_empty(db: Session, assets: tuple[Asset, ...]) -> int:
    """Fill an empty library from the YAML default; never overwrite edits."""
    if db.scalar(select(func.count()).select_from(ContentAsset)):
        return 0
    db.add_all(to_row(a) for a in assets)
    db.flush()
    return len(assets)


def active_assets(db: Session) -> tuple[Asset, ...]:
    rows = db.scalars(
        select(ContentAsset).where(ContentAsset.active).order_by(ContentAsset.id)
    )
    return tuple(from_row(r) for r in rows)


def get_asset(db: Session, asset_id: str) -> ContentAsset:
    row = db.get(ContentAsset, asset_id)
    if row is None or not row.active:
        raise NotFound(f"No content asset {asset_id!r}.")
    return row


def validate(data: dict[str, object]) -> Asset:
    try:
        return asset_from_mapping(data)
    except ContentError as exc:
        field, _, message = str(exc).partition(": ")[2].partition(": ")
        raise InvalidInput(
            str(exc), field=f"body.{field}" if message else "body"
        ) from exc


def create_asset(db: Session, asset: Asset, *, actor: str) -> ContentAsset:
    existing = db.get(ContentAsset, asset.id)
    if existing is not None and existing.active:
        raise Conflict(f"Content asset {asset.id!r} exists; use PUT to change it.")
    row = to_row(asset, existing)
    db.add(row)
    _audit(db, actor, "content.created", asset.id)
    db.flush()
    return row


def put_asset(
    db: Session, asset_id: str, asset: Asset, *, actor: str
) -> tuple[ContentAsset, bool]:
    if asset.id != asset_id:
        raise InvalidInput(
            f"the body's id {asset.id!r} differs from the path's {asset_id!r}",
            field="body.id",
        )
    existing = db.get(ContentAsset, asset_id)
    row = to_row(asset, existing)
    db.add(row)
    _audit(db, actor, "content.updated" if existing else "content.created", asset_id)
    db.flush()
    return row, existing is None


def delete_asset(db: Session, asset_id: str, *, actor: str) -> None:
    # Kept as an inactive row: past decisions still name the asset they suggested.
    get_asset(db, asset_id).active = False
    _audit(db, actor, "content.deleted", asset_id)


def _audit(db: Session, actor: str, action: str, asset_id: str) -> None:
    db.add(
        AuditEvent(
            actor=actor, action=action, subject_type="content", subject_id=asset_id
        )
    )
