"""The hook tests' shared fixture: an integration and a signed-ready send for Ada."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration


@pytest.fixture
def hook(client: TestClient, auth: dict, db: Session) -> tuple[str, str, bytes]:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    key, secret = make_integration(db)
    body = json.dumps(check_body(planned_at=business_slot())).encode()
    return key, secret, body
