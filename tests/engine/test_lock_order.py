"""PostgreSQL: a check locks its contact's account row before the contact row, in one
statement, so a batch (which takes accounts first too) and a check never deadlock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from guard.engine.contacts import contact_row, lock_contact
from models import Account, Contact
from tests.conftest import wipe


@pytest.fixture
def engine(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url)
    wipe(engine)
    try:
        yield engine
    finally:
        wipe(engine)
        engine.dispose()


def _lock(db: Session, contact: Contact) -> None:
    lock_contact(db, contact)


def _lock_finding(db: Session, contact: Contact) -> None:
    contact_row(db, email=contact.email, external_id=None, lock=True)


def _lock_finding_by_ref(db: Session, contact: Contact) -> None:
    contact_row(db, email=None, external_id=contact.external_id, lock=True)


@pytest.mark.parametrize("lock", [_lock, _lock_finding, _lock_finding_by_ref])
def test_the_account_is_locked_before_the_contact(
    engine: Engine, lock: Callable[[Session, Contact], None]
) -> None:
    with Session(engine) as db, db.begin():
        account = Account(external_id="acme", name="Acme")
        db.add(account)
        db.flush()
        db.add(
            Contact(
                email="ada@acme.example", external_id="crm-ada", account_id=account.id
            )
        )
    with Session(engine) as db:
        contact = db.query(Contact).one()
        account_id, contact_id = contact.account_id, contact.id
    locked = threading.Event()
    with engine.connect() as holder:
        holder.execute(
            text("SELECT id FROM accounts WHERE id = :id FOR UPDATE"),
            {"id": account_id},
        )

        def check() -> None:
            with Session(engine) as db, db.begin():
                lock(db, contact)
                locked.set()

        waiting = threading.Thread(target=check)
        waiting.start()
        # The check now waits for the account; it must not hold the contact meanwhile.
        assert not locked.wait(0.5)
        with engine.connect() as other:
            try:
                other.execute(
                    text("SELECT id FROM contacts WHERE id = :id FOR UPDATE NOWAIT"),
                    {"id": contact_id},
                )
            except OperationalError:
                pytest.fail("the contact was locked before its account")
            other.rollback()
        holder.rollback()
    waiting.join(timeout=5)
    assert locked.is_set()
