"""Upgrading removes the override tokens earlier versions kept in the outbox."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from guard.migrate import upgrade

TOKEN = "ovr_kept-by-an-earlier-version"


def test_upgrading_purges_delivered_bodies_and_dead_tokens(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0002")
    engine = create_engine(url, poolclass=NullPool)
    payload = json.dumps({"type": "review.approved", "data": {"override_token": TOKEN}})
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO api_keys (id, key_hash, prefix, name, role, created_at) "
                "VALUES (1, 'h', 'cg_x', 'crm', 'integration', '2026-12-01')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO integrations (id, name, api_key_id, mode, secrets, "
                "created_at) VALUES (1, 'crm', 1, 'fail_open', '[]', '2026-12-01')"
            )
        )
        for status in ("delivered", "dead"):
            conn.execute(
                text(
                    "INSERT INTO outbox_events (integration_id, event_type, payload, "
                    "status, attempts, next_attempt_at, created_at) VALUES (1, "
                    "'review.approved', :p, :s, 1, '2026-12-01', '2026-12-01')"
                ),
                {"p": payload, "s": status},
            )
    upgrade(url)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT status, payload FROM outbox_events")).all()
    engine.dispose()
    assert stored and all(TOKEN not in body for _, body in stored)
    dead = next(json.loads(body) for status, body in stored if status == "dead")
    assert dead["type"] == "review.approved"  # kept, for an operator to read
