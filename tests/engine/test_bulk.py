"""engine.bulk: a batch's contexts equal the single-contact snapshots."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from guard.engine import bulk, history, onestatement, snapshot
from models import Absence, Contact, Suppression
from tests.builders import post_touch, put_account, put_contact


def _world(client: TestClient, auth: dict, db: Session) -> list[Contact]:
    writer = auth["integration"]
    put_account(client, writer)
    put_account(client, writer, "globex", name="Globex", domain="globex.example")
    for key in ("ada", "bob", "cy"):
        put_contact(client, writer, key)
    put_contact(client, writer, "dee", account="globex", position=None)
    put_contact(client, writer, "eve", account=None)
    now = datetime.now(UTC)
    for n, key in enumerate(("ada", "ada", "bob", "eve")):
        post_touch(client, writer, key, now - timedelta(days=n + 1), f"t{n}")
    back = (now + timedelta(days=5)).date().isoformat()
    absence = {"contact": {"email": "bob@acme.example"}, "returns_on": back}
    assert client.post("/v1/absences", json=absence, headers=writer).status_code < 300
    db.add(Suppression(scope="contact", value="cy@acme.example", reason="asked"))
    db.add(Suppression(scope="account", value="globex", reason="legal"))
    # A REAL that 15 significant digits would not give back exactly.
    db.execute(update(Absence).values(confidence=0.1 + 0.2))
    db.commit()
    return list(db.scalars(select(Contact).order_by(Contact.id)))


def test_bulk_contexts_equal_single_snapshots(
    client: TestClient, auth: dict, db: Session
) -> None:
    contacts = _world(client, auth, db)
    now = datetime.now(UTC)
    many = bulk.load_contexts(db, contacts, now=now)
    by = {c.email.partition("@")[0]: many[c.id] for c in contacts}
    # The world has something of each kind, so equality below means something.
    assert len(by["ada"].touches) == 2 and len(by["bob"].account_touches) == 3
    assert by["bob"].absences and by["cy"].suppressions and by["dee"].suppressions
    assert {m.person.email for m in by["ada"].group} == {
        "bob@acme.example",
        "cy@acme.example",
    }
    for contact in contacts:
        single = snapshot.load_context(db, contact, now=now, sender="x@seller.example")
        assert many[contact.id] == replace(single, team=None), contact.email


def test_found_by_address_and_crm_id(
    client: TestClient, auth: dict, db: Session
) -> None:
    _world(client, auth, db)
    found = bulk.find_contacts(
        db, emails=["ADA@acme.example", "nobody@x.example"], refs=["crm-bob"]
    )
    assert set(found.by_email) == {"ada@acme.example"}
    assert set(found.by_ref) == {"crm-bob"}
    assert len(found.contacts()) == 2


@pytest.mark.parametrize("many", [True, False], ids=["many", "one"])
def test_one_statement_reads_what_each_statement_reads(
    client: TestClient, auth: dict, db: Session, many: bool
) -> None:
    """A snapshot is read as one statement of JSON aggregates: the rows it rebuilds
    equal the rows each statement returns, values, types and order alike."""
    contacts = _world(client, auth, db)
    conn = db.connection()
    now = datetime.now(UTC)
    wanted = contacts if many else [c for c in contacts if c.email.startswith("bob")]
    values = history.params(wanted, now, None, senders=["sam@seller.example"])
    parts, bound = history.statements(values, agent=True)
    assert {"touches", "groups", "absences", "suppressions"} <= set(parts)
    one = onestatement.run(conn, parts, bound | {"agent_id": "agent-1"})
    for name, statement in parts.items():
        plain = conn.execute(statement, bound | {"agent_id": "agent-1"}).all()
        rebuilt = [tuple(r) for r in one[name]]
        if not statement._order_by_clauses:
            rebuilt, plain = sorted(rebuilt, key=repr), sorted(plain, key=repr)
        assert rebuilt == [tuple(r) for r in plain], name
        typed = [[type(v) for v in r] for r in rebuilt]
        assert typed == [[type(v) for v in r] for r in plain], name
        assert all(v.tzinfo is UTC for r in rebuilt for v in r if hasattr(v, "tzinfo"))
    assert [a.confidence for a in one["absences"]] == [0.1 + 0.2]
