"""ooo.active, ooo.returning, ooo.pressed, ooo.alternate: one table per rule."""

from __future__ import annotations

from datetime import datetime

import pytest

from models.domain import InboundRecord, Verdict
from rules.catalogue.ooo import (
    OooActiveParams,
    OooAlternateParams,
    OooPressedParams,
    OooReturningParams,
    ooo_active,
    ooo_alternate,
    ooo_pressed,
    ooo_returning,
)
from tests.rules.builders import (
    SELLER,
    alternate,
    at,
    make_absence,
    make_analysis,
    make_ctx,
    make_person,
    make_send,
    member,
)

AWAY = make_absence("2025-11-20", "2025-12-01")  # back Monday 1 Dec


@pytest.mark.parametrize(
    ("absences", "planned", "params", "expected"),
    [
        pytest.param(
            (AWAY,), at("2025-11-24"), {}, at("2025-12-02", 7), id="away all week"
        ),
        pytest.param(
            (AWAY,),
            at("2025-11-30", 20),
            {},
            at("2025-12-02", 7),
            id="last evening away",
        ),
        pytest.param((AWAY,), at("2025-12-01"), {}, None, id="back today"),
        pytest.param(
            (make_absence("2025-11-27", "2025-12-01"),),
            at("2025-11-24"),
            {},
            None,
            id="not started yet",
        ),
        pytest.param(
            (make_absence("2025-11-10", "2025-11-17"),),
            at("2025-11-24"),
            {},
            None,
            id="ended last week",
        ),
        pytest.param(
            (make_absence("2025-11-20", "2025-12-01", confidence=0.3),),
            at("2025-11-24"),
            {"min_confidence": 0.5},
            None,
            id="too unsure",
        ),
        pytest.param(
            (make_absence("2025-12-19", "2025-12-25"),),
            at("2025-12-22"),
            {},
            at("2025-12-29", 7),
            id="back on Christmas: after the holidays",
        ),
        pytest.param(
            (AWAY,),
            at("2025-11-24"),
            {"buffer_business_days": 0},
            at("2025-12-01", 7),
            id="no buffer",
        ),
    ],
)
def test_ooo_active(
    absences: tuple, planned: datetime, params: dict, expected: datetime | None
) -> None:
    ctx = make_ctx(absences=absences)
    found = ooo_active(
        make_send(planned), ctx, make_analysis(), OooActiveParams(**params)
    )
    assert [f.deliver_after for f in found] == ([expected] if expected else [])
    assert all(f.verdict == Verdict.DEFER and f.deliver_after > planned for f in found)


def test_ooo_active_sentence_names_person_dates_and_evidence() -> None:
    ctx = make_ctx(absences=(AWAY,))
    [finding] = ooo_active(make_send(), ctx, make_analysis(), OooActiveParams())
    assert finding.message == (
        "Ada Lovelace is out of the office until Mon 1 Dec (auto-reply of Thu 20 Nov); "
        "deferred to Tue 2 Dec 08:00 Ada's time (Europe/Berlin)."
    )
    assert finding.evidence[0].source == "absence"
    assert finding.evidence[0].text == "I am back on 2025-12-01"


@pytest.mark.parametrize(
    ("planned", "analysis", "fires"),
    [
        pytest.param(
            at("2025-12-01"),
            make_analysis(is_bump=True),
            True,
            id="bump on the first day back",
        ),
        pytest.param(
            at("2025-12-02"),
            make_analysis(intents=("meeting_request",)),
            True,
            id="meeting push a day later",
        ),
        pytest.param(
            at("2025-12-03"),
            make_analysis(is_bump=True),
            False,
            id="after the catch-up window",
        ),
        pytest.param(
            at("2025-12-01"),
            make_analysis(intents=("value_share",)),
            False,
            id="value share is welcome",
        ),
        pytest.param(
            at("2025-11-28"),
            make_analysis(is_bump=True),
            False,
            id="still away: ooo.active's job",
        ),
    ],
)
def test_ooo_returning(planned: datetime, analysis, fires: bool) -> None:
    ctx = make_ctx(absences=(AWAY,))
    found = ooo_returning(make_send(planned), ctx, analysis, OooReturningParams())
    assert bool(found) is fires
    if fires:
        assert found[0].deliver_after == at("2025-12-03", 7)


def _auto_reply(to: str = SELLER, absence_id: int | None = 300) -> InboundRecord:
    return InboundRecord(
        id=400,
        contact_id=1,
        kind="ooo",
        received_at=at("2025-11-20", 10),
        snippet="I am out of the office until 1 December.",
        absence_id=absence_id,
        to_email=to,
    )


@pytest.mark.parametrize(
    ("inbound", "analysis", "fires"),
    [
        pytest.param(
            (_auto_reply(),),
            make_analysis(is_bump=True),
            True,
            id="bump after own auto-reply",
        ),
        pytest.param(
            (_auto_reply(to=SELLER.upper()),),
            make_analysis(intents=("check_in",)),
            True,
            id="check-in, address case differs",
        ),
        pytest.param(
            (_auto_reply(to="kim@seller.example"),),
            make_analysis(is_bump=True),
            False,
            id="auto-reply went to a colleague",
        ),
        pytest.param(
            (_auto_reply(absence_id=999),),
            make_analysis(is_bump=True),
            False,
            id="auto-reply of another absence",
        ),
        pytest.param(
            (_auto_reply(),),
            make_analysis(intents=("value_share",)),
            False,
            id="value share, not a bump",
        ),
        pytest.param(
            (), make_analysis(is_bump=True), False, id="no auto-reply received"
        ),
    ],
)
def test_ooo_pressed(inbound: tuple, analysis, fires: bool) -> None:
    ctx = make_ctx(absences=(AWAY,), inbound=inbound)
    found = ooo_pressed(make_send(), ctx, analysis, OooPressedParams())
    assert bool(found) is fires
    assert all(f.verdict == Verdict.BLOCK and f.evidence for f in found)


GRACE = make_person(
    id=2, email="grace@acme.example", first_name="Grace", last_name="Hopper"
)


@pytest.mark.parametrize(
    ("alternates", "group", "params", "expected"),
    [
        pytest.param(
            (alternate("Grace Hopper", "grace@acme.example"),),
            (member(GRACE),),
            {},
            "Grace Hopper (in the buying group)",
            id="alternate in the group",
        ),
        pytest.param(
            (alternate("Linus T"),), (), {}, "Linus T", id="alternate outside the group"
        ),
        pytest.param(
            (alternate("Linus T"),),
            (),
            {"only_group_members": True},
            None,
            id="outsider ignored when only members count",
        ),
        pytest.param((), (member(GRACE),), {}, None, id="no alternate named"),
    ],
)
def test_ooo_alternate(
    alternates: tuple, group: tuple, params: dict, expected: str | None
) -> None:
    away = make_absence("2025-11-20", "2025-12-01", alternate_contacts=alternates)
    ctx = make_ctx(absences=(away,), group=group)
    found = ooo_alternate(
        make_send(), ctx, make_analysis(), OooAlternateParams(**params)
    )
    if expected is None:
        assert found == []
    else:
        assert expected in found[0].message and found[0].verdict == Verdict.WARN
