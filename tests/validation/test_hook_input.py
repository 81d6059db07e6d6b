"""Finding 4(b), its input half: a signed pre-dispatch call with a far date, a NUL byte
or a loose type is a 422 in every mode, never the fallback's `allow`."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration, signed

BAD = {
    "year 1": {"planned_at": "0001-01-01T00:00:00Z"},
    "year 9999 with an offset": {"planned_at": "9999-12-31T23:59:59-05:00"},
    "a NUL in the body": {"body": "Hi Ada\u0000"},
    "automated 'yes'": {"automated": "yes"},
}


@pytest.mark.parametrize("bad", BAD.values(), ids=BAD.keys())
def test_bad_input_to_the_hook_is_422_not_allow(
    client: TestClient, auth: dict, db: Session, bad: dict
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    key, secret = make_integration(db, mode="fail_open")
    body = json.dumps(check_body(planned_at=business_slot()) | bad).encode()
    answer = client.post(
        "/v1/hooks/pre-dispatch",
        content=body,
        headers=signed(body, key, secret, "msg_bad"),
    )
    assert answer.status_code == 422, answer.text
