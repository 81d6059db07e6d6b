"""Run Alembic migrations from code (the CLI and the tests use this)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

_MIGRATIONS = Path(__file__).resolve().parent.parent / "models" / "migrations"


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["url"] = url
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)


def prepare(url: str, *, content_library: Path | None = None) -> int:
    """Migrate to head and seed an empty content library; returns assets seeded."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from guard.content.service import seed_if_empty
    from rules.features.content import load_library

    upgrade(url)
    engine = create_engine(url)
    try:
        with Session(engine) as db, db.begin():
            return seed_if_empty(db, load_library(content_library))
    finally:
        engine.dispose()
