"""A manager's review, end to end in headless Chromium against the real server.

Sign in, open the queue, open an item, see the highlighted evidence, approve with a
reason; the item leaves the queue, the audit trail shows the decision, and the CRM's
callback (a loopback server) receives the signed event from the worker's drain.
Screenshots land in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from guard.auth import create_key
from guard.db import make_engine, make_sessionmaker
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from guard.reviews.outbox import deliver_due
from guard.settings import Settings
from guard.web.users import create_user
from models import Integration
from tests.reviews.callback import Callback, callback_server
from tests.reviews.support import blocked_payload
from tests.server import TEST_SECRET, running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
EMAIL, PASSWORD = "morgan@seller.example", "a long demo password"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="Debian's chromium is not installed (make system-deps installs it)",
    ),
]


@dataclass(frozen=True)
class World:
    base: str
    database_url: str
    key: str
    crm: Callback
    secret: str


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """A migrated database with a manager and a CRM integration, the server, the CRM."""
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    prepare(url)
    engine = create_engine(url)
    with callback_server() as crm, Session(engine) as db:
        create_user(
            db,
            email=EMAIL,
            name="Morgan",
            role="manager",
            team="alpha",
            password=PASSWORD,
        )
        key, raw = create_key(db, role="integration", name="crm")
        secret = new_secret()
        db.add(
            Integration(
                name="crm", api_key_id=key.id, callback_url=crm.url, secrets=[secret]
            )
        )
        db.commit()
        with running_server(url) as base:
            yield World(base, url, raw, crm, secret)
    engine.dispose()


def _block(base: str, key: str) -> int:
    headers = {"Authorization": f"Bearer {key}"}
    for path, body in (
        (
            "/v1/accounts/acme",
            {
                "name": "Acme Corp",
                "domain": "acme.example",
                "country": "DE",
                "timezone": "Europe/Berlin",
            },
        ),
        (
            "/v1/contacts/crm-dana",
            {
                "email": "dana@acme.example",
                "first_name": "Dana",
                "last_name": "Reyes",
                "account": "acme",
                "stage": "customer_onboarding",
                "timezone": "Europe/Berlin",
                "country": "DE",
            },
        ),
        ("/v1/senders/sam@seller.example", {"team": "alpha"}),
    ):
        assert httpx.put(base + path, json=body, headers=headers).status_code in (
            200,
            201,
        )
    answer = httpx.post(
        base + "/v1/checks", json=blocked_payload(), headers=headers
    ).json()
    assert answer["verdict"] == "block", answer
    return answer["review_id"]


def test_a_manager_approves_a_blocked_send(world: World) -> None:
    from playwright.sync_api import expect, sync_playwright

    base = world.base
    review_id = _block(base, world.key)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(base + "/ui/queue")  # sends us to sign in first
        page.fill("input[name=email]", EMAIL)
        page.fill("input[name=password]", PASSWORD)
        page.click("button:has-text('Sign in')")
        expect(page.locator("h1")).to_have_text("Review queue")
        page.screenshot(path=ARTIFACTS / "queue.png", full_page=True)
        page.click(f"a[href='/ui/reviews/{review_id}'] >> nth=0")
        mark = page.locator(".msg-body mark").first
        expect(mark).to_have_text("Just bumping this to the top")
        expect(mark).to_have_attribute("data-rule", "lifecycle.post_purchase")
        page.screenshot(path=ARTIFACTS / "item.png", full_page=True)
        page.fill(
            "form[action$='/approve'] textarea[name=reason]",
            "Dana asked for the upgrade on the call",
        )
        page.click("button:has-text('Approve as written')")
        expect(page.locator(".flash")).to_contain_text("Approved")
        expect(page.locator(f"a[href='/ui/reviews/{review_id}']")).to_have_count(0)
        page.screenshot(path=ARTIFACTS / "queue-after.png", full_page=True)
        page.goto(f"{base}/ui/reviews/{review_id}")
        expect(page.locator(".audit li").last).to_contain_text("review.approved")
        expect(page.locator(".audit li").last).to_contain_text(
            "Dana asked for the upgrade"
        )
        page.screenshot(path=ARTIFACTS / "item-decided.png", full_page=True)
        browser.close()
    _the_crm_hears_of_it(world, review_id)


def _the_crm_hears_of_it(world: World, review_id: int) -> None:
    # What the worker does on its next pass (guard worker), on the server's database.
    settings = Settings(
        env="test",
        database_url=world.database_url,
        secret_key=TEST_SECRET,
        allow_private_callbacks=True,
    )
    engine = make_engine(settings)
    counts = deliver_due(make_sessionmaker(engine), settings, now=datetime.now(UTC))
    engine.dispose()
    assert counts["delivered"] == 1
    ((headers, body),) = world.crm.received
    event = Webhook(world.secret).verify(body, headers)
    assert event["type"] == "review.approved"
    assert event["data"]["review_id"] == review_id
    assert event["data"]["reason"] == "Dana asked for the upgrade on the call"
