"""The fallback answers only "the guard could not decide in time or its database is
unreachable"; bad input and bugs are problems (422 / 500), never a silent allow."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import (
    DataError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    ProgrammingError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

from guard.hooks.endpoints import unreachable
from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration, signed

URL = "/v1/hooks/pre-dispatch"


@pytest.fixture
def answer(client: TestClient, auth: dict, db: Session):
    """Posts a signed send with `fields` changed, for an integration of `mode`."""
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    # The real server's answer to an unexpected error, not the test's traceback.
    quiet = TestClient(client.app, raise_server_exceptions=False)

    def post(mode: str, **fields: object):
        key, secret = make_integration(db, mode)
        payload = {**check_body(planned_at=business_slot()), **fields}
        body = json.dumps(payload).encode()
        return quiet.post(URL, content=body, headers=signed(body, key, secret, mode))

    return post


@pytest.mark.parametrize("mode", ["fail_open", "fail_closed"])
def test_a_date_the_guard_cannot_handle_is_a_problem_not_the_fallback(
    answer, mode: str
) -> None:
    out = answer(mode, planned_at="0001-01-01T00:00:00Z")
    # 422 once dates are range-checked on input, 500 where the rules overflow; what
    # matters here is that neither is answered as "allow" (or "defer") by the fallback.
    assert out.status_code in (422, 500), out.text
    assert out.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize("mode", ["fail_open", "fail_closed"])
def test_a_value_the_database_refuses_is_422(answer, backend: str, mode: str) -> None:
    if backend != "postgresql":
        pytest.skip("only PostgreSQL refuses a NUL byte in text")
    out = answer(mode, body="Hi Ada,\x00 the guide is ready.")
    assert out.status_code == 422, out.text
    assert out.headers["content-type"] == "application/problem+json"


def _dbapi(kind: type, **flags: bool) -> Exception:
    exc = kind("SELECT 1", {}, Exception("driver says no"))
    for name, value in flags.items():
        setattr(exc, name, value)
    return exc


@pytest.mark.parametrize(
    ("exc", "fallback"),
    [
        (_dbapi(OperationalError), True),
        (_dbapi(InterfaceError), True),
        (PoolTimeout("QueuePool limit reached"), True),
        (_dbapi(ProgrammingError, connection_invalidated=True), True),
        (_dbapi(ProgrammingError), False),
        (_dbapi(IntegrityError), False),
        (_dbapi(DataError), False),
        (OverflowError("date value out of range"), False),
        (KeyError("rule"), False),
    ],
    ids=[
        "connection refused or statement timeout",
        "connection closed",
        "no pooled connection in time",
        "connection lost mid-statement",
        "a broken query",
        "a constraint",
        "a value refused",
        "arithmetic overflow",
        "a bug",
    ],
)
def test_only_an_unreachable_database_falls_back(
    exc: Exception, fallback: bool
) -> None:
    assert unreachable(exc) is fallback
