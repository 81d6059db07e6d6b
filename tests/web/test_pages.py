"""The manager pages as a browser without JavaScript meets them (BeautifulSoup)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.mail.source import OofState
from guard.senders.away import store_away
from models import ReviewItem
from tests.reviews.support import PITCH, blocked_send
from tests.web.support import PASSWORD, csrf, sign_in, soup

SCRIPT = "<script>alert('owned')</script><b>bold</b>"


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    """The shared client without anyone's session cookie, before and after."""
    client.cookies.clear()
    yield client
    client.cookies.clear()


class TestSignIn:
    def test_pages_need_a_session(self, web: TestClient) -> None:
        answer = web.get("/ui/queue", follow_redirects=False)
        assert answer.status_code == 303
        assert answer.headers["location"] == "/ui/login?next=/ui/queue"

    def test_wrong_password_is_refused(self, web: TestClient, db: Session) -> None:
        sign_in(web, db)
        web.cookies.clear()
        token = csrf(web.get("/ui/login").text)
        answer = web.post(
            "/ui/login",
            data={
                "email": "manager-alpha@seller.example",
                "password": "nope",
                "csrf_token": token,
            },
        )
        assert answer.status_code == 401
        assert "Wrong e-mail or password" in answer.text

    def test_the_cookie_is_httponly_and_samesite(
        self, web: TestClient, db: Session
    ) -> None:
        sign_in(web, db)
        cookie = web.get("/ui/queue").headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie

    def test_a_login_without_csrf_token_is_refused(
        self, web: TestClient, db: Session
    ) -> None:
        sign_in(web, db)
        web.cookies.clear()
        web.get("/ui/login")
        data = {"email": "manager-alpha@seller.example", "password": PASSWORD}
        assert web.post("/ui/login", data=data).status_code == 403


class TestQueueAndItem:
    def test_a_script_in_the_body_is_shown_as_text(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        body = PITCH + "\n\n" + SCRIPT
        review_id = blocked_send(web, auth["integration"], body=body)["review_id"]
        sign_in(web, db)
        page = soup(web.get(f"/ui/reviews/{review_id}").text)
        assert page.find("script") is None
        assert page.find("b", string="bold") is None
        assert SCRIPT in page.select_one(".msg-body").get_text()
        marks = [m.get_text() for m in page.select(".msg-body mark")]
        assert "Just bumping this to the top" in marks

    def test_the_item_shows_findings_timeline_and_group(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(web, auth["integration"])["review_id"]
        sign_in(web, db)
        page = soup(web.get(f"/ui/reviews/{review_id}").text)
        rules = [c.get_text() for c in page.select(".findings code.rule")]
        assert "lifecycle.post_purchase" in rules
        assert page.select(".group li")
        assert len(page.select("form input[name=csrf_token]")) >= 3

    def test_approving_takes_the_item_off_the_queue(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(web, auth["integration"])["review_id"]
        sign_in(web, db)
        queue = web.get("/ui/queue").text
        assert f"/ui/reviews/{review_id}" in queue
        token = csrf(web.get(f"/ui/reviews/{review_id}").text)
        answer = web.post(
            f"/ui/reviews/{review_id}/approve",
            data={"reason": "Dana asked for it", "csrf_token": token},
        )
        assert answer.status_code == 200  # after the 303 to the queue
        page = soup(answer.text)
        assert "Approved" in page.select_one(".flash").get_text()
        assert f"/ui/reviews/{review_id}" not in answer.text
        trail = soup(web.get(f"/ui/reviews/{review_id}").text).select(".audit li")
        assert "review.approved" in trail[-1].get_text()
        assert "Dana asked for it" in trail[-1].get_text()

    def test_a_form_without_the_csrf_token_is_refused(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(web, auth["integration"])["review_id"]
        sign_in(web, db)
        for token in ("", "forged"):
            answer = web.post(
                f"/ui/reviews/{review_id}/approve",
                data={"reason": "looks fine", "csrf_token": token},
            )
            assert answer.status_code == 403
        db.expire_all()
        assert db.get(ReviewItem, review_id).status == "pending"

    def test_a_missing_reason_is_explained(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(web, auth["integration"])["review_id"]
        sign_in(web, db)
        token = csrf(web.get(f"/ui/reviews/{review_id}").text)
        answer = web.post(
            f"/ui/reviews/{review_id}/reject", data={"reason": "", "csrf_token": token}
        )
        assert "Give a reason" in soup(answer.text).select_one(".flash").get_text()


class TestTeams:
    def test_team_b_sees_nothing_of_team_a(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        review_id = blocked_send(web, auth["integration"], team="alpha")["review_id"]
        sign_in(web, db, team="beta")
        assert f"/ui/reviews/{review_id}" not in web.get("/ui/queue").text
        assert web.get(f"/ui/reviews/{review_id}").status_code == 404
        token = csrf(web.get("/ui/queue").text)
        web.post(
            f"/ui/reviews/{review_id}/approve",
            data={"reason": "not mine", "csrf_token": token},
        )
        db.expire_all()
        assert db.get(ReviewItem, review_id).status == "pending"


class TestDashboardAndPolicy:
    def test_the_dashboard_draws_its_charts(
        self, web: TestClient, auth: dict, db: Session
    ) -> None:
        blocked_send(web, auth["integration"])
        sign_in(web, db, role="admin", team=None)
        page = soup(web.get("/ui/dashboard").text)
        assert len(page.select("svg.chart")) >= 2
        titles = [t.get_text() for t in page.select("svg rect title")]
        assert any("block" in t for t in titles)

    def test_the_dashboard_lists_reps_on_time_off(
        self, web: TestClient, db: Session
    ) -> None:
        now = datetime.now(UTC)
        trip = OofState(True, now - timedelta(days=1), now + timedelta(days=4), "Away")
        with make_sessionmaker(db.get_bind()).begin() as writer:
            store_away(writer, "sam@seller.example", trip, now=now)
            store_away(writer, "lee@seller.example", OofState(False), now=now)
        sign_in(web, db, role="admin", team=None)
        away = soup(web.get("/ui/dashboard").text).select_one("#reps-away tbody")
        assert "sam@seller.example" in away.get_text()
        assert "lee@seller.example" not in away.get_text()

    def test_the_policy_page_lists_every_rule(
        self, web: TestClient, db: Session
    ) -> None:
        sign_in(web, db)
        page = soup(web.get("/ui/policy").text)
        ids = {card["id"] for card in page.select("article.rule-card")}
        assert {"bump.premature", "consent.suppressed", "ooo.active"} <= ids
