"""cadence.contact, cadence.account, cadence.duplicate."""

from __future__ import annotations

from datetime import datetime

import pytest

from models.domain import Verdict
from rules.catalogue.cadence import (
    CadenceAccountParams,
    CadenceContactParams,
    CadenceDuplicateParams,
    cadence_account,
    cadence_contact,
    cadence_duplicate,
)
from tests.rules.builders import (
    NOW,
    at,
    days,
    make_analysis,
    make_ctx,
    make_person,
    make_send,
    make_touch,
    member,
)


def touches(*stamps: datetime, **overrides) -> tuple:
    return tuple(make_touch(t, id=100 + i, **overrides) for i, t in enumerate(stamps))


@pytest.mark.parametrize(
    ("history", "params", "expected"),
    [
        pytest.param(
            touches(at("2025-11-18"), at("2025-11-19"), at("2025-11-20")),
            {},
            at("2025-11-25"),
            id="3 touches this week: wait a day",
        ),
        pytest.param(
            touches(
                at("2025-11-18"),
                at("2025-11-19"),
                at("2025-11-20"),
                channel="linkedin",
                sender_email="kim@seller.example",
            ),
            {},
            at("2025-11-25"),
            id="other channel and sender count too",
        ),
        pytest.param(
            touches(at("2025-11-21")),
            {},
            at("2025-11-25", 7),
            id="last touch Friday: gap of 2 business days",
        ),
        pytest.param(
            touches(
                at("2025-10-27"),
                at("2025-10-30"),
                at("2025-11-03"),
                at("2025-11-06"),
                at("2025-11-10"),
                at("2025-11-13"),
            ),
            {},
            at("2025-11-26"),
            id="6 touches in 30 days",
        ),
        pytest.param(
            touches(at("2025-11-10"), at("2025-11-19")),
            {},
            None,
            id="within every limit",
        ),
        pytest.param(
            touches(at("2025-11-18"), at("2025-11-20")),
            {"max_per_7_days": 2},
            at("2025-11-25"),
            id="stricter team limit",
        ),
        pytest.param(
            touches(NOW + days(1)), {}, None, id="a touch planned later is not history"
        ),
        pytest.param((), {}, None, id="first touch"),
    ],
)
def test_cadence_contact(
    history: tuple, params: dict, expected: datetime | None
) -> None:
    found = cadence_contact(
        make_send(),
        make_ctx(touches=history),
        make_analysis(),
        CadenceContactParams(**params),
    )
    assert [f.deliver_after for f in found] == ([expected] if expected else [])
    assert all(f.verdict == Verdict.DEFER and f.deliver_after > NOW for f in found)


def test_cadence_contact_sentence() -> None:
    ctx = make_ctx(touches=touches(at("2025-11-21")))
    [finding] = cadence_contact(
        make_send(), ctx, make_analysis(), CadenceContactParams()
    )
    assert finding.message == (
        "Ada Lovelace was last contacted on Fri 21 Nov (email, sam@seller.example); "
        "keep 2 business days between touches; deferred to Tue 25 Nov 08:00 Ada's time "
        "(Europe/Berlin)."
    )


def test_cadence_contact_says_a_touch_is_not_yet_confirmed() -> None:
    """A touch a check allowed, not yet confirmed by the CRM, counts and says so."""
    ctx = make_ctx(touches=touches(at("2025-11-21"), provisional=True))
    [finding] = cadence_contact(
        make_send(), ctx, make_analysis(), CadenceContactParams()
    )
    assert finding.message.startswith(
        "Ada Lovelace was last contacted on Fri 21 Nov (email, sam@seller.example, "
        "not yet confirmed as sent); keep 2 business days between touches"
    )


def others(*people: int, when: datetime = at("2025-11-24", 7)) -> tuple:
    return tuple(make_touch(when, id=500 + p, contact_id=p) for p in people)


@pytest.mark.parametrize(
    ("account_touches", "expected"),
    [
        pytest.param(
            others(2, 3, 4), at("2025-11-25", 7), id="three other people today"
        ),
        pytest.param(others(1, 2, 3), None, id="this contact is one of today's three"),
        pytest.param(others(2, 3), None, id="two other people today"),
        pytest.param(
            others(2, 3, 4, when=at("2025-11-21")), None, id="three people on Friday"
        ),
        pytest.param(
            tuple(
                make_touch(NOW - days(i / 2 + 0.1), id=600 + i, contact_id=2 + i % 2)
                for i in range(10)
            ),
            NOW - days(0.1) - days(4.5) + days(7),
            id="ten touches to the group this week",
        ),
    ],
)
def test_cadence_account(account_touches: tuple, expected: datetime | None) -> None:
    ctx = make_ctx(account_touches=account_touches)
    found = cadence_account(make_send(), ctx, make_analysis(), CadenceAccountParams())
    assert [f.deliver_after for f in found] == ([expected] if expected else [])


TEXT = "Hi Ada, our integration guide shows how teams like yours connect in a day."
GRACE = make_person(
    id=2, email="grace@acme.example", first_name="Grace", last_name="Hopper"
)


@pytest.mark.parametrize(
    ("mine", "group_touches", "text", "fires"),
    [
        pytest.param(
            (make_touch(NOW - days(0.2), channel="linkedin", body=TEXT),),
            (),
            TEXT,
            True,
            id="same text on LinkedIn this morning",
        ),
        pytest.param(
            (
                make_touch(
                    NOW - days(0.2),
                    channel="linkedin",
                    body=TEXT.replace("a day", "one day"),
                ),
            ),
            (),
            TEXT,
            True,
            id="nearly the same text",
        ),
        pytest.param(
            (make_touch(NOW - days(2), channel="linkedin", body=TEXT),),
            (),
            TEXT,
            False,
            id="LinkedIn two days ago",
        ),
        pytest.param(
            (make_touch(NOW - days(0.2), channel="email", body=TEXT),),
            (),
            TEXT,
            False,
            id="same channel: cadence's job",
        ),
        pytest.param(
            (),
            (
                make_touch(
                    at("2025-11-24", 7), contact_id=2, body=TEXT.replace("Ada", "Grace")
                ),
            ),
            TEXT,
            True,
            id="same text to Grace today",
        ),
        pytest.param(
            (),
            (make_touch(at("2025-11-21", 7), contact_id=2, body=TEXT),),
            TEXT,
            False,
            id="same text to Grace last week",
        ),
        pytest.param(
            (make_touch(NOW - days(0.2), channel="linkedin", body="Thanks!"),),
            (),
            "Thanks!",
            False,
            id="too short to judge",
        ),
        pytest.param(
            (
                make_touch(
                    NOW - days(0.2),
                    channel="linkedin",
                    body="A different note on pricing and onboarding timelines for Q1.",
                ),
            ),
            (),
            TEXT,
            False,
            id="different message",
        ),
    ],
)
def test_cadence_duplicate(
    mine: tuple, group_touches: tuple, text: str, fires: bool
) -> None:
    ctx = make_ctx(touches=mine, account_touches=group_touches, group=(member(GRACE),))
    found = cadence_duplicate(
        make_send(body=text), ctx, make_analysis(text), CadenceDuplicateParams()
    )
    assert bool(found) is fires
    assert all(f.verdict == Verdict.BLOCK for f in found)
