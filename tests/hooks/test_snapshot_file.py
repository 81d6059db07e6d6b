"""The integrations snapshot: written owner-only next to the server, kept current."""

from __future__ import annotations

import json
import stat
import time

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.auth import hash_key
from guard.hooks import snapshot_file
from models import Integration
from tests.hooks.test_pre_dispatch import make_integration


def _snapshot(client: TestClient) -> tuple[int, dict]:
    settings = client.app.state.settings  # type: ignore[attr-defined]
    path = snapshot_file.path_for(settings.state_dir, settings.database_url)
    return stat.S_IMODE(path.stat().st_mode), json.loads(path.read_text())


def test_it_follows_the_integrations_and_only_its_owner_reads_it(
    client: TestClient, auth: dict, db: Session
) -> None:
    key, secret = make_integration(db, "fail_closed")
    time.sleep(1.0)  # the next poll of the revision stamp has written it
    mode, data = _snapshot(client)
    assert mode == 0o600
    entry = data["integrations"][hash_key(key)]
    assert entry["mode"] == "fail_closed" and entry["secrets"] == [secret]
    assert key not in json.dumps(data)  # the raw key is never stored, only its digest
    key_id = db.scalar(select(Integration.api_key_id))
    client.delete(f"/v1/keys/{key_id}", headers=auth["admin"])
    time.sleep(1.0)
    assert _snapshot(client)[1]["integrations"] == {}
