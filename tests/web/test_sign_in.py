"""Sign-in under attack (issue 11, finding 2): the hash runs outside the write lock,
failures are throttled in the database, sign-out and a new password revoke cookies."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from guard.app import create_app
from guard.cli import get_app
from guard.settings import Settings, get_settings
from models import AuditEvent, User
from tests.builders import business_slot, check_body, put_account, put_contact
from tests.web.support import PASSWORD, csrf, sign_in

EMAIL = "manager-alpha@seller.example"


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def _attempt(web: TestClient, password: str, email: str = EMAIL) -> int:
    web.cookies.clear()
    token = csrf(web.get("/ui/login").text)
    answer = web.post(
        "/ui/login",
        data={"email": email, "password": password, "csrf_token": token},
        follow_redirects=False,
    )
    return answer.status_code


def test_a_check_is_answered_while_a_sign_in_is_hashing(
    web: TestClient, db: Session, auth: dict, backend: str
) -> None:
    if backend != "sqlite":
        pytest.skip("the process-wide write lock is SQLite's")
    sign_in(web, db)
    put_account(web, auth["integration"])
    put_contact(web, auth["integration"])
    # A deliberately slow hash (seconds): a sign-in that held the write lock while
    # verifying it would keep every check waiting until it is done.
    slow = PasswordHasher(time_cost=10, memory_cost=65536, parallelism=1)
    db.execute(update(User).values(password_hash=slow.hash(PASSWORD)))
    db.commit()
    finished: list[str] = []
    signing = threading.Thread(
        target=lambda: finished.append(f"sign-in {_attempt(web, PASSWORD)}")
    )
    signing.start()
    threading.Event().wait(0.3)  # the sign-in is now hashing
    answer = web.post(
        "/v1/checks", json=check_body(planned_at=business_slot()), headers=auth["sdr"]
    )
    finished.append(f"check {answer.status_code}")
    signing.join(timeout=60)
    assert finished == ["check 200", "sign-in 303"]


def test_five_failures_throttle_the_account_even_with_the_right_password(
    web: TestClient, db: Session
) -> None:
    sign_in(web, db)
    assert [_attempt(web, "wrong password") for _ in range(5)] == [401] * 5
    web.cookies.clear()
    token = csrf(web.get("/ui/login").text)
    answer = web.post(
        "/ui/login",
        data={"email": EMAIL, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 429
    assert 0 < int(answer.headers["retry-after"]) <= 15 * 60
    assert "Too many failed sign-ins" in answer.text
    events = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "sign_in.throttled")
    ).all()
    assert [e.subject_id for e in events] == [EMAIL]


def test_failures_from_one_address_throttle_other_accounts_in_every_process(
    web: TestClient, db: Session, settings: Settings
) -> None:
    sign_in(web, db)
    # A second app on the same database stands for another worker process.
    with TestClient(create_app(settings)) as other:
        for n in range(3):
            assert _attempt(web, "guess", f"nobody-{n}@seller.example") == 401
        for n in range(3, 5):
            assert _attempt(other, "guess", f"nobody-{n}@seller.example") == 401
        assert _attempt(other, PASSWORD) == 429
    assert _attempt(web, PASSWORD) == 429


def test_a_cookie_copied_before_sign_out_no_longer_works(
    web: TestClient, db: Session
) -> None:
    sign_in(web, db)
    copied = dict(web.cookies)
    page = web.get("/ui/queue")
    token = csrf(page.text)
    web.post("/ui/logout", data={"csrf_token": token}, follow_redirects=False)
    web.cookies.clear()
    web.cookies.update(copied)
    answer = web.get("/ui/queue", follow_redirects=False)
    assert answer.status_code == 303
    assert answer.headers["location"].startswith("/ui/login")
    assert _attempt(web, PASSWORD) == 303  # signing in again works


def test_a_new_password_ends_sessions_signed_in_with_the_old_one(
    web: TestClient, db: Session, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(web, db)
    assert web.get("/ui/queue").status_code == 200
    monkeypatch.setenv("GUARD_DATABASE_URL", database_url)
    get_settings.cache_clear()
    result = CliRunner().invoke(
        get_app(),
        ["users", "set-password", "--email", EMAIL],
        input="a brand new passphrase\n",
    )
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    assert web.get("/ui/queue", follow_redirects=False).status_code == 303
    assert _attempt(web, PASSWORD) == 401
    assert _attempt(web, "a brand new passphrase") == 303


def test_the_built_in_secret_key_is_refused_outside_development() -> None:
    for env in ("test", "production"):
        with pytest.raises(ValidationError, match="GUARD_SECRET_KEY"):
            Settings(env=env)  # type: ignore[arg-type]
    assert Settings(env="development").env == "development"
