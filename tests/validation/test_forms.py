"""A NUL character in any manager-page form is a 422 page, never a 500 or a stored row."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ReviewItem
from tests.reviews.support import blocked_send
from tests.web.support import csrf, sign_in


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def test_a_nul_in_the_sign_in_form_is_refused(web: TestClient) -> None:
    token = csrf(web.get("/ui/login").text)
    answer = web.post(
        "/ui/login",
        data={"email": "pat\x00@seller.example", "password": "x", "csrf_token": token},
    )
    assert answer.status_code == 422
    assert "NUL character" in answer.text


def test_a_nul_in_a_review_decision_is_refused(
    web: TestClient, auth: dict, db: Session
) -> None:
    review_id = blocked_send(web, auth["integration"])["review_id"]
    sign_in(web, db)
    page = web.get(f"/ui/reviews/{review_id}")
    answer = web.post(
        f"/ui/reviews/{review_id}/reject",
        data={"reason": "not now\x00", "csrf_token": csrf(page.text)},
    )
    assert answer.status_code == 422
    db.rollback()
    status = db.scalar(select(ReviewItem.status).where(ReviewItem.id == review_id))
    assert status == "pending"
