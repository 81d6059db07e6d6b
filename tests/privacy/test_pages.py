"""The contact page offers admins an export download and an erasure behind a confirm
form (CSRF as every form); managers see neither and may use neither."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AuditEvent, Contact
from tests.privacy.history import EMAIL, build
from tests.web.support import csrf, sign_in, soup


@pytest.fixture
def web(client: TestClient) -> Iterator[TestClient]:
    client.cookies.clear()
    yield client
    client.cookies.clear()


def _zenobia(db: Session) -> int | None:
    db.rollback()
    return db.scalar(select(Contact.id).where(Contact.email == EMAIL))


def test_an_admin_exports_then_erases_on_the_contact_page(
    web: TestClient, auth: dict, db: Session
) -> None:
    build(web, auth)
    contact_id = _zenobia(db)
    admin = sign_in(web, db, role="admin", team=None)
    page = web.get(f"/ui/contacts/{contact_id}")
    section = soup(page.text).find(id="data-protection")
    assert section is not None
    download = web.get(section.find("a")["href"])
    assert download.status_code == 200
    assert "attachment" in download.headers["content-disposition"]
    assert download.json()["contact"]["email"] == EMAIL
    form = section.find("form")
    without_token = web.post(form["action"], data={"confirm": EMAIL})
    assert without_token.status_code == 403 and _zenobia(db) == contact_id
    wrong = web.post(
        form["action"],
        data={"confirm": "someone@else.example", "csrf_token": csrf(page.text)},
        follow_redirects=True,
    )
    assert (
        "Type the address of the contact" in wrong.text and _zenobia(db) == contact_id
    )
    done = web.post(
        form["action"],
        data={"confirm": EMAIL, "csrf_token": csrf(page.text)},
        follow_redirects=True,
    )
    assert f"Contact #{contact_id} erased" in done.text
    assert _zenobia(db) is None
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "contact.erased"))
    assert event.actor == f"user:{admin.lower()}"
    assert web.get(f"/ui/contacts/{contact_id}").status_code == 404


def test_a_manager_may_neither_export_nor_erase(
    web: TestClient, auth: dict, db: Session
) -> None:
    build(web, auth)
    contact_id = _zenobia(db)
    sign_in(web, db)
    page = web.get(f"/ui/contacts/{contact_id}")
    assert page.status_code == 200
    assert soup(page.text).find(id="data-protection") is None
    assert web.get(f"/ui/contacts/{contact_id}/export").status_code == 403
    url = f"/ui/contacts/{contact_id}/erase"
    refused = web.post(url, data={"confirm": EMAIL, "csrf_token": csrf(page.text)})
    assert refused.status_code == 403 and _zenobia(db) == contact_id
