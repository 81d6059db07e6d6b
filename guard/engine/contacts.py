"""Find the contacts a check names, and lock them so checks for one person serialise.

On PostgreSQL the account rows, then the contact rows, are locked, each in id order:
single checks and batches take them in the same order and never deadlock. SQLite
needs no row locks: `BEGIN IMMEDIATE` already holds the database's write lock.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Row, bindparam, func, or_, select
from sqlalchemy.orm import Session

from guard.engine.rows import ContactLike
from guard.errors import ContactNotFound
from models import Account, Contact

_CONTACTS = Contact.__table__
_ROW_BY_EMAIL = select(_CONTACTS).where(_CONTACTS.c.email == bindparam("email"))
_ROW_BY_EXTERNAL_ID = select(_CONTACTS).where(
    _CONTACTS.c.external_id == bindparam("ref")
)


def find_contact(db: Session, *, email: str | None, external_id: str | None) -> Contact:
    """The contact entity, for callers that change it (not the dispatch path)."""
    row = contact_row(db, email=email, external_id=external_id)
    return _found(db.get(Contact, row.id), email or external_id)


def contact_row(
    db: Session, *, email: str | None, external_id: str | None, lock: bool = False
) -> Row[Any]:
    """The contact as a read-only row: what the dispatch path needs.

    With `lock`, on PostgreSQL, its account row and then its own are locked by the
    same statement (as `lock_contact` would, one round trip fewer); the row returned
    is the one current once the lock is held.
    """
    conn = db.connection()
    locking = lock and conn.dialect.name == "postgresql"
    if email is not None:
        statement = _LOCKED_BY_EMAIL if locking else _ROW_BY_EMAIL
        return _found(conn.execute(statement, {"email": email.lower()}).first(), email)
    statement = _LOCKED_BY_EXTERNAL_ID if locking else _ROW_BY_EXTERNAL_ID
    found = conn.execute(statement, {"ref": external_id}).first()
    return _found(found, external_id)


_T = TypeVar("_T")


def _found(row: _T | None, ref: str | None) -> _T:
    if row is None:
        raise ContactNotFound(
            f"No contact {str(ref)!r}: "
            "create it first with PUT /v1/contacts/{external_id}."
        )
    return row


@dataclass(frozen=True, slots=True)
class Found:
    """A batch's contacts by lower-cased e-mail address and by CRM id."""

    by_email: dict[str, Row[Any]]
    by_ref: dict[str, Row[Any]]

    def contacts(self) -> list[Row[Any]]:
        unique = {c.id: c for c in (*self.by_email.values(), *self.by_ref.values())}
        return list(unique.values())


_BY_EMAIL_OR_REF = select(_CONTACTS).where(
    or_(
        _CONTACTS.c.email.in_(bindparam("emails", expanding=True)),
        _CONTACTS.c.external_id.in_(bindparam("refs", expanding=True)),
    )
)


def find_contacts(
    db: Session, *, emails: Collection[str], refs: Collection[str]
) -> Found:
    """Every contact named by address or CRM id, in one query."""
    emails = {e.lower() for e in emails}
    refs = set(refs)
    if not emails and not refs:
        return Found({}, {})
    rows = db.connection().execute(
        _BY_EMAIL_OR_REF, {"emails": sorted(emails), "refs": sorted(refs)}
    )
    by_email: dict[str, Row[Any]] = {}
    by_ref: dict[str, Row[Any]] = {}
    for c in rows:
        if c.email in emails:
            by_email[c.email] = c
        if c.external_id in refs:
            by_ref[c.external_id] = c
    return Found(by_email, by_ref)


_ACCOUNTS = Account.__table__
_LOCKED_ACCOUNTS = (
    select(_ACCOUNTS.c.id)
    .where(_ACCOUNTS.c.id.in_(bindparam("account_ids", expanding=True)))
    .order_by(_ACCOUNTS.c.id)
    .with_for_update()
    .subquery()
)
_LOCK_CONTACTS = (
    select(_CONTACTS.c.id)
    .where(_CONTACTS.c.id.in_(bindparam("ids", expanding=True)))
    .order_by(_CONTACTS.c.id)
    .with_for_update(of=_CONTACTS)
)
# One round trip for both: the accounts' locks are taken by an uncorrelated subquery
# of the WHERE clause, which PostgreSQL runs once before the scan yields the first
# contact row to lock. count(*) reads (and locks) every account row, EXISTS would not.
_LOCK_ACCOUNTS_THEN_CONTACTS = _LOCK_CONTACTS.where(
    select(func.count()).select_from(_LOCKED_ACCOUNTS).scalar_subquery() >= 0
)


def _locked(statement: Any, key: Any) -> Any:
    """`statement` locking its contact, after the contact's account (see below)."""
    account = (
        select(_ACCOUNTS.c.id)
        .where(
            _ACCOUNTS.c.id == select(_OTHER.c.account_id).where(key).scalar_subquery()
        )
        .with_for_update()
        .subquery()
    )
    accounts_first = select(func.count()).select_from(account).scalar_subquery() >= 0
    return statement.where(accounts_first).with_for_update(of=_CONTACTS)


_OTHER = _CONTACTS.alias("named")
_LOCKED_BY_EMAIL = _locked(_ROW_BY_EMAIL, _OTHER.c.email == bindparam("email"))
_LOCKED_BY_EXTERNAL_ID = _locked(
    _ROW_BY_EXTERNAL_ID, _OTHER.c.external_id == bindparam("ref")
)


def lock_contact(db: Session, contact: ContactLike) -> None:
    """Serialise checks per contact and account: account row first, then contact."""
    lock_contacts(db, [contact])


def lock_contacts(db: Session, contacts: Collection[ContactLike]) -> None:
    """The contacts' account rows, then their contact rows, each in id order."""
    if db.get_bind().dialect.name != "postgresql" or not contacts:
        return  # SQLite: BEGIN IMMEDIATE already holds the database write lock.
    accounts = sorted({c.account_id for c in contacts if c.account_id is not None})
    ids = sorted(c.id for c in contacts)
    statement = _LOCK_ACCOUNTS_THEN_CONTACTS if accounts else _LOCK_CONTACTS
    db.connection().execute(statement, {"ids": ids, "account_ids": accounts}).all()
