"""A touch a check records is provisional: it counts until it expires, and after that
only if the CRM confirmed the send (issue 11, "touch truth").

The clock moves through `run_check(now=...)`, the guard's own entry point for a check
at a given instant; the loaders are read at that instant too, single and batch alike.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from guard.auth import CLI_ADMIN, Caller
from guard.checks.schemas import CheckIn, CheckOut
from guard.checks.service import run_check
from guard.engine import bulk, snapshot
from guard.web import item_page
from models import Contact, Touch
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)
from tests.hooks.test_pre_dispatch import make_integration, signed

SENT = (
    "Hi Ada, the guide as the rep sent it: https://content.example.com/warehouse-guide"
)
GOES_OUT = ("allow", "warn")


def _ada_with_one_touch_left(client: TestClient, auth: dict) -> datetime:
    """Ada, touched 5 and 6 days before the slot: the 3-per-7-days cap allows one."""
    writer = auth["integration"]
    put_account(client, writer)
    put_contact(client, writer)
    put_contact(client, writer, "grace")
    slot = business_slot()
    for days, ext in ((5, "t-1"), (6, "t-2")):
        post_touch(client, writer, "ada", slot - timedelta(days=days), ext)
    return slot


def _check_at(
    client: TestClient,
    now: datetime,
    *,
    hours: int = 1,
    caller: Caller = CLI_ADMIN,
    **fields: Any,
) -> CheckOut:
    """A check made at `now`, for a send at `now`, touches provisional for `hours`."""
    state = client.app.state  # type: ignore[attr-defined]
    settings = state.settings.model_copy(update={"provisional_touch_hours": hours})
    check = CheckIn.model_validate(check_body(planned_at=now, **fields))
    with state.sessionmaker() as db, db.begin():
        return run_check(
            db=db,
            policy=state.policy,
            settings=settings,
            caller=caller,
            check=check,
            now=now,
        )


def _ada(db: Session) -> Contact:
    return db.scalars(select(Contact).where(Contact.email == "ada@acme.example")).one()


def _guard_touch(db: Session, check_id: str | None = None) -> Touch:
    """The touch a check recorded (the only one, or `check_id`'s), as stored now."""
    db.rollback()  # a fresh read: what the app has written since
    query = select(Touch).where(Touch.source == "guard")
    if check_id is not None:
        query = query.where(Touch.check_id == check_id)
    return db.scalars(query).one()


def test_a_provisional_touch_counts_until_it_expires_then_nowhere(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    first = _check_at(client, slot)
    assert first.verdict in GOES_OUT, first
    # Half an hour later the CRM has not confirmed it: it still holds the last place.
    second = _check_at(client, slot + timedelta(minutes=30))
    assert second.verdict == "defer", second
    [cadence] = [f for f in second.findings if f.rule == "cadence.contact"]
    assert "not yet confirmed as sent" in cadence.message
    # Two hours later, past its hour, the send that never went out no longer counts.
    third = _check_at(client, slot + timedelta(hours=2))
    assert third.verdict in GOES_OUT, third


def test_single_and_batch_loaders_drop_an_expired_provisional_touch(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    _check_at(client, slot, hours=24)
    touch = _guard_touch(db)
    assert touch.expires_at == slot + timedelta(hours=24)
    assert touch.confirmed_at is None
    ada = _ada(db)
    for now, seen in ((slot + timedelta(hours=23), 3), (slot + timedelta(hours=25), 2)):
        single = snapshot.load_context(db, ada, now=now, sender="")
        many = bulk.load_contexts(db, [ada], now=now)[ada.id]
        assert len(single.touches) == len(many.touches) == seen, now
        assert len(single.account_touches) == len(many.account_touches) == seen
        assert [t.provisional for t in single.touches][: seen - 2] == [True] * (
            seen - 2
        )
        titles = [e.title for e in item_page.timeline(db, ada.id, now=now)]
        provisional = [t for t in titles if "provisional" in t]
        assert len(provisional) == seen - 2, titles


def test_a_send_reported_with_its_check_id_is_confirmed_and_counted_once(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    first = _check_at(client, slot)
    reported = post_touch(
        client,
        auth["integration"],
        "ada",
        slot,
        "crm-send-1",
        body=SENT,
        check_id=first.check_id,
    )
    assert reported["status"] == "confirmed" and reported["confirmed_at"]
    touch = _guard_touch(db)
    assert touch.expires_at is None and touch.body == SENT
    # Past the hour it would have expired in, the confirmed send still counts, once.
    later = _check_at(client, slot + timedelta(hours=2))
    assert later.verdict == "defer", later
    ada = _ada(db)
    ctx = snapshot.load_context(db, ada, now=slot + timedelta(hours=2), sender="")
    assert len(ctx.touches) == 3


def test_a_send_confirmed_after_it_expired_counts_again(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    first = _check_at(client, slot)
    assert _check_at(client, slot + timedelta(hours=2)).verdict in GOES_OUT
    # The CRM's nightly sync reports the first send after all: it did go out.
    post_touch(
        client, auth["integration"], "ada", slot, "late", check_id=first.check_id
    )
    ada = _ada(db)
    at = slot + timedelta(hours=2, minutes=30)
    later = snapshot.load_context(db, ada, now=at, sender="")
    assert sum(1 for t in later.touches if t.sent_at == slot) == 1
    assert len(later.touches) == 4  # two from the CRM, the confirmed one, the second


def _hook(
    client: TestClient,
    key: str,
    secret: str,
    msg_id: str,
    who: str = "ada",
    **fields: Any,
) -> dict[str, Any]:
    payload = check_body(who, planned_at=business_slot(), **fields)
    body = json.dumps(payload).encode()
    answer = client.post(
        "/v1/hooks/pre-dispatch",
        content=body,
        headers=signed(body, key, secret, msg_id),
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_the_hooks_next_call_confirms_the_sends_it_names(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    key, secret = make_integration(db)
    first = _hook(client, key, secret, "msg_1")
    assert first["verdict"] in GOES_OUT, first
    assert _guard_touch(db).expires_at is not None
    # The next call, for someone else, says the first send went out.
    _hook(client, key, secret, "msg_2", "grace", sent_check_ids=[first["check_id"]])
    touch = _guard_touch(db, first["check_id"])
    assert touch.expires_at is None and touch.confirmed_at is not None
    ada = _ada(db)
    after = slot + timedelta(days=2)
    assert len(snapshot.load_context(db, ada, now=after, sender="").touches) == 3
    assert len(bulk.load_contexts(db, [ada], now=after)[ada.id].touches) == 3
    cadence = client.get("/v1/contacts/crm-ada/cadence", headers=auth["admin"]).json()
    assert cadence["last_touch_status"] == "confirmed"


def test_only_the_callers_own_checks_are_confirmed(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    first = _check_at(client, slot)  # made by the CLI, not by the integration
    key, secret = make_integration(db)
    _hook(client, key, secret, "msg_1", "grace", sent_check_ids=[first.check_id])
    assert _guard_touch(db, first.check_id).expires_at is not None
    cadence = client.get("/v1/contacts/crm-ada/cadence", headers=auth["admin"]).json()
    assert cadence["last_touch_status"] == "provisional"
    assert cadence["limits"][0]["provisional"] == 1


def test_a_batch_item_confirms_the_sends_it_names(
    client: TestClient, auth: dict, db: Session
) -> None:
    slot = _ada_with_one_touch_left(client, auth)
    writer = auth["integration"]
    first = client.post(
        "/v1/checks", json=check_body(planned_at=slot), headers=writer
    ).json()
    assert first["verdict"] in GOES_OUT, first
    item = check_body("grace", planned_at=slot, sent_check_ids=[first["check_id"]])
    answer = client.post("/v1/checks:batch", json={"items": [item]}, headers=writer)
    assert answer.status_code == 200, answer.text
    assert _guard_touch(db, first["check_id"]).expires_at is None
