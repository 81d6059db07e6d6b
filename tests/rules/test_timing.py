"""timing.quiet_hours: business hours, weekends and public holidays of the contact."""

from __future__ import annotations

from datetime import datetime

import pytest

from models.domain import Verdict
from rules.catalogue.timing import QuietHoursParams, quiet_hours
from tests.rules.builders import at, make_analysis, make_ctx, make_person, make_send

BERLIN = make_person()
NEW_YORK = make_person(timezone="America/New_York", country="US")


@pytest.mark.parametrize(
    ("person", "planned", "channel", "expected"),
    [
        pytest.param(
            BERLIN, at("2025-11-24", 9), "email", None, id="Monday 10:00 Berlin"
        ),
        pytest.param(
            BERLIN,
            at("2025-11-24", 5),
            "email",
            at("2025-11-24", 7),
            id="06:00: wait for 08:00",
        ),
        pytest.param(
            BERLIN,
            at("2025-11-24", 18),
            "email",
            at("2025-11-25", 7),
            id="19:00: next morning",
        ),
        pytest.param(
            BERLIN, at("2025-11-29", 10), "email", at("2025-12-01", 7), id="Saturday"
        ),
        pytest.param(
            BERLIN,
            at("2025-12-25", 10),
            "email",
            at("2025-12-29", 7),
            id="Christmas and Boxing Day",
        ),
        pytest.param(
            NEW_YORK,
            at("2025-11-24", 9),
            "email",
            at("2025-11-24", 13),
            id="04:00 in New York",
        ),
        pytest.param(
            NEW_YORK,
            at("2025-11-27", 15),
            "call",
            at("2025-11-28", 13),
            id="Thanksgiving",
        ),
        pytest.param(
            BERLIN, at("2025-11-29", 10), "sms", None, id="channel not covered"
        ),
    ],
)
def test_quiet_hours(
    person, planned: datetime, channel: str, expected: datetime | None
) -> None:
    params = QuietHoursParams(channels=("email", "linkedin", "call"))
    found = quiet_hours(
        make_send(planned, channel=channel),
        make_ctx(contact=person),
        make_analysis(),
        params,
    )
    assert [f.deliver_after for f in found] == ([expected] if expected else [])
    assert all(f.verdict == Verdict.DEFER for f in found)


def test_quiet_hours_sentence_names_the_holiday() -> None:
    ctx = make_ctx(contact=BERLIN)
    [finding] = quiet_hours(
        make_send(at("2025-12-25", 10)), ctx, make_analysis(), QuietHoursParams()
    )
    assert "public holiday (Christmas Day, DE)" in finding.message
    assert "deferred to Mon 29 Dec 08:00 Ada's time (Europe/Berlin)" in finding.message
