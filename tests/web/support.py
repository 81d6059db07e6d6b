"""Signing in to the pages from a test client, and reading forms with BeautifulSoup."""

from __future__ import annotations

from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.web.users import create_user

PASSWORD = "correct horse battery"


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def csrf(html: str) -> str:
    field = soup(html).find("input", attrs={"name": "csrf_token"})
    assert field is not None, "the page has no CSRF field"
    return str(field["value"])


def sign_in(
    client: TestClient,
    db: Session,
    *,
    role: str = "manager",
    team: str | None = "alpha",
) -> str:
    """Create a user and sign in; answers the user's e-mail address."""
    email = f"{role}-{team}@seller.example"
    create_user(
        db, email=email, name=f"Pat {team}", role=role, team=team, password=PASSWORD
    )
    db.commit()
    client.cookies.clear()
    token = csrf(client.get("/ui/login").text)
    answer = client.post(
        "/ui/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token},
        follow_redirects=False,
    )
    assert answer.status_code == 303, answer.text
    return email
