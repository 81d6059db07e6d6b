"""Security headers on every page and API answer; /readyz tells no secrets; a chunked
body over the limit is a 413 like a declared one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.app import create_app
from guard.settings import Settings
from guard.web.render import HERE
from tests.server import TEST_SECRET, free_port
from tests.web.support import sign_in


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def _secured(response) -> None:
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_every_page_has_a_strict_policy(web: TestClient, db: Session) -> None:
    sign_in(web, db, role="admin", team=None)
    for path in ("/ui/login", "/ui/queue", "/ui/dashboard", "/ui/policy"):
        response = web.get(path)
        assert response.status_code == 200, path
        _secured(response)
        csp = response.headers["content-security-policy"]
        # No inline script or style may run: only this site's stylesheet.
        assert "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert "style-src 'self'" in csp


def test_the_templates_hold_no_inline_script_or_style() -> None:
    for template in (HERE / "templates").rglob("*.html"):
        text = template.read_text()
        for forbidden in ("<script", "<style", "style=", " onclick=", "javascript:"):
            assert forbidden not in text, f"{template.name}: {forbidden}"


def test_api_answers_and_errors_carry_the_headers(
    client: TestClient, auth: dict
) -> None:
    _secured(client.get("/healthz"))
    _secured(client.get("/v1/me/checks", headers=auth["sdr"]))
    _secured(client.get("/v1/me/checks"))  # 401
    _secured(client.post("/v1/checks", content=b"x" * 10_000_000))  # 413


def test_readyz_names_no_host_port_or_driver_error() -> None:
    port = free_port()  # nothing listens here: the database is down
    url = f"postgresql+psycopg://guard:secret@127.0.0.1:{port}/guard"
    with TestClient(
        create_app(Settings(env="test", database_url=url, secret_key=TEST_SECRET))
    ) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "detail": "database unavailable",
    }
    assert str(port) not in response.text and "127.0.0.1" not in response.text


def test_a_chunked_body_over_the_limit_is_413(client: TestClient, auth: dict) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"channel": "email", "body": "'
        for _ in range(2_000):
            yield b"x" * 1024
        yield b'"}'

    headers = {**auth["sdr"], "content-type": "application/json"}
    response = client.post("/v1/checks", content=chunks(), headers=headers)
    assert "content-length" not in response.request.headers
    assert response.status_code == 413, response.text[:300]
    assert response.headers["content-type"] == "application/problem+json"
    assert "larger than" in response.json()["detail"]
