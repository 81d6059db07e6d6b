"""Data-subject requests: export everything held about a contact; erase it everywhere,
keeping only a salted digest that keeps an opted-out address suppressed."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import JSON, MetaData, String, Text, cast, func, select
from sqlalchemy.orm import Session

from models import (
    AuditEvent,
    Base,
    Check,
    Contact,
    ErasedAddress,
    OutboxEvent,
    Suppression,
)
from tests.builders import business_slot, check_body, put_account, put_contact
from tests.privacy.history import EMAIL, LAST_NAME, MARKS, build, with_callback
from tests.web.support import sign_in

NEEDLES = (EMAIL, "zenobia", LAST_NAME.lower(), *MARKS)


def _holding(db: Session, needle: str) -> list[str]:
    """Every table.column whose text or JSON holds `needle`: the tables and columns as
    the database itself reports them (reflected), so a table added by a migration
    without a model is scanned too."""
    db.rollback()  # a fresh read: the app wrote since
    live = MetaData()
    live.reflect(bind=db.get_bind())
    assert set(Base.metadata.tables) <= set(live.tables)
    found = []
    for table in live.sorted_tables:
        for column in table.columns:
            if not isinstance(column.type, String | JSON):
                continue
            text = func.lower(cast(column, Text))
            hits = db.scalar(
                select(func.count()).select_from(table).where(text.contains(needle))
            )
            if hits:
                found.append(f"{table.name}.{column.name}")
    return found


def test_export_holds_the_contacts_data_and_nobody_elses(
    client: TestClient, auth: dict, db: Session
) -> None:
    with_callback(db)
    build(client, auth)
    answer = client.get(f"/v1/contacts/{EMAIL}/export", headers=auth["admin"])
    assert answer.status_code == 200, answer.text
    assert "attachment" in answer.headers["content-disposition"]
    data = answer.json()
    assert data["contact"]["email"] == EMAIL
    assert data["contact"]["last_name"] == LAST_NAME
    assert [t["body"] for t in data["touches"]][:1] != []
    assert any("thistlequay" in t["body"] for t in data["touches"])
    assert len(data["checks"]) == 2 and all("findings" in c for c in data["checks"])
    assert any("brindlefen" in m["body"] for m in data["inbound_messages"])
    assert data["absences"] and data["contact"]["consent"] == "opted_out"
    assert "corvantic" in data["review_items"][0]["reason"]
    (callback,) = data["outbox_events"]
    assert callback["payload"]["data"]["contact"]["email"] == EMAIL
    actions = {e["action"] for e in data["audit_events"]}
    assert {"check.decided", "contact.suppressed", "review.rejected"} <= actions
    # Bob's auto-reply names her, but it is Bob's: nothing of his is in her export.
    assert "bob" not in json.dumps(data).lower()
    by_ref = client.get("/v1/contacts/crm-zenobia/export", headers=auth["admin"])
    assert by_ref.json()["contact"]["id"] == data["contact"]["id"]


def test_after_erasure_no_table_holds_her_address_name_or_text(
    client: TestClient, auth: dict, db: Session
) -> None:
    with_callback(db)
    made = build(client, auth)
    before = {n: _holding(db, n) for n in NEEDLES}
    assert "outbox_events.payload" in before[EMAIL]
    assert all(before.values()), before  # the scan finds what is there
    answer = client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    assert answer.status_code == 200, answer.text
    assert answer.json()["suppressed"] is True
    left = {n: where for n in NEEDLES if (where := _holding(db, n))}
    assert not left, left
    # Her decisions stay, without text; Bob's are untouched.
    kept = db.get(Check, made["first"]["check_id"])
    assert (
        kept is not None
        and kept.verdict == made["first"]["verdict"]
        and kept.body == ""
    )
    assert "Bob" in db.get(Check, made["bob"]["check_id"]).body
    assert db.scalar(select(Contact.id).where(Contact.email == "bob@acme.example"))
    # The CRM still hears of the decision, without her in it.
    (callback,) = db.scalars(select(OutboxEvent)).all()
    assert callback.status == "pending"
    assert callback.payload["data"]["contact"] == {"email": None}


def test_the_erasure_is_audited_without_personal_data(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    contact_id = client.get(
        f"/v1/contacts/{EMAIL}/export", headers=auth["admin"]
    ).json()["contact"]["id"]
    client.delete("/v1/contacts/crm-zenobia", headers=auth["admin"])
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "contact.erased"))
    assert event is not None and event.subject_id == str(contact_id)
    digest = db.scalar(select(ErasedAddress.digest))
    assert event.data["digest_prefix"] == digest[:12]
    assert "zenobia" not in json.dumps(event.data).lower()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/contacts/{ref}/cadence"),
        ("GET", "/v1/contacts/{ref}/export"),
        ("GET", "/v1/contacts/{ref}/suppressions"),
        ("GET", "/v1/contacts/{ref}/suggestions"),
        ("DELETE", "/v1/contacts/{ref}"),
    ],
)
def test_the_contacts_endpoints_answer_404_after_erasure(
    client: TestClient, auth: dict, method: str, path: str
) -> None:
    build(client, auth)
    assert client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"]).is_success
    answer = client.request(method, path.format(ref=EMAIL), headers=auth["admin"])
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"


def test_an_opted_out_address_imported_again_stays_suppressed(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    again = put_contact(client, auth["integration"], "zenobia", consent="ok")
    assert again["consent"] == "opted_out"
    db.rollback()
    assert db.scalar(select(Suppression.id).where(Suppression.value == EMAIL))
    payload = check_body("zenobia", planned_at=business_slot())
    decided = client.post("/v1/checks", json=payload, headers=auth["integration"])
    assert decided.json()["verdict"] == "block"
    # The CRM setting consent back to ok does not lift the suppression row.
    put_contact(client, auth["integration"], "zenobia", consent="ok")
    decided = client.post("/v1/checks", json=payload, headers=auth["integration"])
    assert decided.json()["verdict"] == "block"


def test_bulk_import_consults_the_digests_too(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    item = {"external_id": "crm-z2", "email": EMAIL.upper(), "account": "acme"}
    answer = client.post(
        "/v1/contacts:bulk", json={"contacts": [item]}, headers=auth["integration"]
    )
    assert answer.status_code == 200, answer.text
    db.rollback()
    assert db.scalar(select(Contact.consent).where(Contact.email == EMAIL)) == (
        "opted_out"
    )


def test_an_address_erased_while_allowed_comes_back_as_new(
    client: TestClient, auth: dict
) -> None:
    build(client, auth)
    answer = client.delete("/v1/contacts/bob@acme.example", headers=auth["admin"])
    assert answer.json()["suppressed"] is False
    assert put_contact(client, auth["integration"], "bob")["consent"] == "ok"


@pytest.mark.parametrize("role", ["manager", "sdr", "integration"])
def test_only_admins_may_export_or_erase(
    client: TestClient, auth: dict, role: str
) -> None:
    build(client, auth)
    export = client.get(f"/v1/contacts/{EMAIL}/export", headers=auth[role])
    erase = client.delete(f"/v1/contacts/{EMAIL}", headers=auth[role])
    assert (export.status_code, erase.status_code) == (403, 403)
    assert client.get(f"/v1/contacts/{EMAIL}/export", headers=auth["admin"]).is_success


def test_her_decisions_still_read_after_erasure(
    client: TestClient, auth: dict, db: Session
) -> None:
    made = build(client, auth)
    client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    blocked = made["blocked"]
    stored = client.get(f"/v1/checks/{blocked['check_id']}", headers=auth["admin"])
    assert stored.status_code == 200, stored.text
    assert stored.json()["verdict"] == "block"
    review = client.get(f"/v1/reviews/{blocked['review_id']}", headers=auth["admin"])
    assert review.status_code == 200, review.text
    assert (review.json()["status"], review.json()["contact_email"]) == (
        "rejected",
        None,
    )
    sign_in(client, db, role="admin", team=None)
    pages = ["/ui/dashboard", "/ui/queue?status=rejected", "/ui/queue"]
    pages.append(f"/ui/reviews/{blocked['review_id']}")
    answers = {url: client.get(url).status_code for url in pages}
    client.cookies.clear()
    assert set(answers.values()) == {200}, answers


def test_erased_again_after_a_new_import_it_stays_suppressed(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    put_contact(client, auth["integration"], "zenobia", consent="ok")
    again = client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"])
    assert again.json()["suppressed"] is True
    db.rollback()
    assert len(db.scalars(select(ErasedAddress)).all()) == 1
    assert put_contact(client, auth["integration"], "zenobia")["consent"] == "opted_out"


def test_a_pending_review_expires_and_the_crm_hears_of_it_without_her(
    client: TestClient, auth: dict, db: Session
) -> None:
    with_callback(db)
    crm = auth["integration"]
    put_account(client, crm)
    put_contact(client, crm, "zenobia", last_name=LAST_NAME, consent="opted_out")
    payload = check_body("zenobia", planned_at=business_slot())
    review_id = client.post("/v1/checks", json=payload, headers=crm).json()["review_id"]
    assert client.delete(f"/v1/contacts/{EMAIL}", headers=auth["admin"]).is_success
    db.rollback()
    (event,) = db.scalars(select(OutboxEvent)).all()
    assert event.event_type == "review.expired" and event.status == "pending"
    assert event.payload["data"]["review_id"] == review_id
    assert event.payload["data"]["contact"] == {"email": None}
    assert "zenobia" not in json.dumps(event.payload).lower()
