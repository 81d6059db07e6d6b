"""buying_group.entry_point and buying_group.owner_conflict."""

from __future__ import annotations

import pytest

from models.domain import Verdict
from rules.catalogue.buying_group import (
    EntryPointParams,
    OwnerConflictParams,
    entry_point,
    owner_conflict,
)
from tests.rules.builders import (
    NOW,
    days,
    make_analysis,
    make_ctx,
    make_person,
    make_reply,
    make_send,
    make_touch,
    member,
)

CFO = make_person(
    first_name="Ada",
    persona="economic_buyer",
    position="decision_maker",
    entry_point=False,
)
GRACE = make_person(
    id=2, email="grace@acme.example", first_name="Grace", last_name="Hopper"
)
LINUS = make_person(
    id=3, email="linus@acme.example", first_name="Linus", last_name="Torvalds"
)
BOSS = make_person(
    id=4, email="boss@acme.example", first_name="Bo", last_name="Ss", entry_point=False
)


@pytest.mark.parametrize(
    ("person", "group", "inbound", "expected"),
    [
        pytest.param(
            CFO,
            (member(GRACE), member(LINUS), member(BOSS)),
            (),
            "start with Grace Hopper or Linus Torvalds",
            id="cold to the CFO: suggest entry points",
        ),
        pytest.param(
            CFO,
            (member(BOSS),),
            (),
            "add an entry-point member",
            id="no entry point known",
        ),
        pytest.param(
            CFO,
            (member(GRACE, engaged=True),),
            (),
            None,
            id="an entry point already engaged",
        ),
        pytest.param(
            CFO,
            (member(GRACE),),
            (make_reply(NOW - days(2)),),
            None,
            id="the CFO replied herself",
        ),
        pytest.param(GRACE, (member(LINUS),), (), None, id="writing to an entry point"),
    ],
)
def test_entry_point(
    person, group: tuple, inbound: tuple, expected: str | None
) -> None:
    ctx = make_ctx(contact=person, group=group, inbound=inbound)
    found = entry_point(make_send(), ctx, make_analysis(), EntryPointParams())
    if expected is None:
        assert found == []
    else:
        assert expected in found[0].message and found[0].verdict == Verdict.WARN
        assert "(Decision maker)" in found[0].message


@pytest.mark.parametrize(
    ("account_touches", "fires"),
    [
        pytest.param(
            (
                make_touch(
                    NOW - days(3), contact_id=2, sender_email="kim@seller.example"
                ),
            ),
            True,
            id="Kim wrote to Grace this week",
        ),
        pytest.param(
            (
                make_touch(
                    NOW - days(30), contact_id=2, sender_email="kim@seller.example"
                ),
            ),
            False,
            id="Kim's thread went quiet",
        ),
        pytest.param(
            (make_touch(NOW - days(3), contact_id=2),), False, id="my own conversation"
        ),
        pytest.param(
            (
                make_touch(
                    NOW - days(3), contact_id=2, sender_email="SAM@seller.example"
                ),
            ),
            False,
            id="same sender, other case",
        ),
    ],
)
def test_owner_conflict(account_touches: tuple, fires: bool) -> None:
    ctx = make_ctx(account_touches=account_touches, group=(member(GRACE),))
    found = owner_conflict(make_send(), ctx, make_analysis(), OwnerConflictParams())
    assert bool(found) is fires
    if fires:
        assert (
            "kim@seller.example" in found[0].message
            and "Grace Hopper" in found[0].message
        )
