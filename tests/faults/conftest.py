"""A real server on its own database, and the keys and contact the fault tests need."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from guard.auth import create_key
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from models import Integration
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)


@dataclass(frozen=True)
class Seeded:
    """Raw keys for a fresh database: an SDR's, an integration's and its secret."""

    url: str
    sdr: dict[str, str]
    integration: dict[str, str]
    hook_key: str
    hook_secret: str


def seed(url: str) -> Seeded:
    engine = create_engine(url)
    with Session(engine) as db, db.begin():
        _, sdr = create_key(
            db, role="sdr", name="sam", sender_email="sam@seller.example"
        )
        key, integration = create_key(db, role="integration", name="crm")
        secret = new_secret()
        db.add(Integration(name="crm", api_key_id=key.id, secrets=[secret]))
    engine.dispose()
    return Seeded(
        url,
        {"Authorization": f"Bearer {sdr}"},
        {"Authorization": f"Bearer {integration}"},
        integration,
        secret,
    )


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Seeded:
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    prepare(url)
    return seed(url)


def ada_with_one_touch_left(base: str, seeded: Seeded) -> datetime:
    """Ada, touched twice this week: the 3-per-7-days cap allows one more send.
    Returns the planned time of that send."""
    slot = business_slot()
    with httpx.Client(base_url=base, timeout=30) as crm:
        put_account(crm, seeded.integration)  # type: ignore[arg-type]
        put_contact(crm, seeded.integration)  # type: ignore[arg-type]
        for days, ext in ((5, "t-1"), (6, "t-2")):
            sent = slot - timedelta(days=days)
            post_touch(crm, seeded.integration, "ada", sent, ext)  # type: ignore[arg-type]
    return slot


def signed_hook(seeded: Seeded, body: bytes, msg_id: str, key: str = "") -> dict:
    at = datetime.now(UTC)
    return {
        "Authorization": f"Bearer {key or seeded.hook_key}",
        "Content-Type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(seeded.hook_secret).sign(
            msg_id, at, body.decode()
        ),
    }


def hook_body(slot: datetime) -> bytes:
    return json.dumps(check_body(planned_at=slot)).encode()
