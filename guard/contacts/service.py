"""Upserting accounts and contacts, validated against the journey framework."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.contacts.schemas import AccountIn, ContactBulkItem, ContactIn
from guard.errors import InvalidInput, NotFound
from guard.privacy.reimport import keep_suppressed
from models import Account, Contact, StageChange
from models.base import utc_now
from rules.engine.packs import Pack


def upsert_account(
    db: Session, *, external_id: str, data: AccountIn
) -> tuple[Account, bool]:
    row = db.scalar(select(Account).where(Account.external_id == external_id))
    created = row is None
    if row is None:
        row = Account(external_id=external_id)
        db.add(row)
    for name, value in data.model_dump().items():
        setattr(row, name, value.lower() if name == "domain" and value else value)
    db.flush()
    return row, created


def _check_framework(pack: Pack, data: ContactIn) -> None:
    framework = pack.framework
    for field, value, known in (
        ("stage", data.stage, tuple(framework.stages)),
        ("persona", data.persona, tuple(framework.personas)),
        ("position", data.position, tuple(framework.positions)),
    ):
        if value is not None and value not in known:
            raise InvalidInput(
                f"unknown {field} {value!r}; the framework knows: {', '.join(known)}",
                field=f"body.{field}",
            )


def _account_id(db: Session, external_id: str | None) -> int | None:
    if external_id is None:
        return None
    account_id = db.scalar(select(Account.id).where(Account.external_id == external_id))
    if account_id is None:
        raise InvalidInput(
            f"unknown account {external_id!r}: "
            f"create it with PUT /v1/accounts/{external_id}",
            field="body.account",
        )
    return account_id


def upsert_contact(
    db: Session, *, pack: Pack, external_id: str, data: ContactIn, secret_key: str
) -> tuple[Contact, bool]:
    _check_framework(pack, data)
    account_id = _account_id(db, data.account)
    email = data.email.lower()
    row = db.scalar(select(Contact).where(Contact.external_id == external_id))
    if row is None:
        # A contact first seen by address (e.g. from an inbound reply) gets its CRM id
        # now.
        row = db.scalar(select(Contact).where(Contact.email == email))
    created = row is None
    if row is None:
        row = Contact(external_id=external_id, email=email)
        db.add(row)
    elif row.external_id != external_id:
        row.external_id = external_id
    previous = None if created else row.stage
    fields = data.model_dump(exclude={"account", "email"})
    for name, value in fields.items():
        setattr(row, name, value)
    row.email = email
    row.account_id = account_id
    db.flush()
    if created:
        # An address erased while opted out stays suppressed (guard/privacy).
        keep_suppressed(db, contact=row, secret_key=secret_key, now=utc_now())
    if previous != row.stage:
        db.add(
            StageChange(
                contact_id=row.id,
                from_stage=previous,
                stage=row.stage,
                changed_at=utc_now(),
            )
        )
    return row, created


def bulk_upsert(
    db: Session, *, pack: Pack, items: list[ContactBulkItem], secret_key: str
) -> tuple[int, int]:
    created = updated = 0
    for index, item in enumerate(items):
        try:
            _, was_created = upsert_contact(
                db,
                pack=pack,
                external_id=item.external_id,
                data=item,
                secret_key=secret_key,
            )
        except InvalidInput as exc:
            raise InvalidInput(
                f"contacts[{index}]: {exc.detail}",
                field=f"body.contacts.{index}.{exc.extra['errors'][0]['field'].removeprefix('body.')}",
            ) from exc
        created += was_created
        updated += not was_created
    return created, updated


def get_contact(db: Session, ref: str) -> Contact:
    column = Contact.email if "@" in ref else Contact.external_id
    row = db.scalar(
        select(Contact).where(column == (ref.lower() if "@" in ref else ref))
    )
    if row is None:
        raise NotFound(f"No contact {ref!r}.")
    return row
