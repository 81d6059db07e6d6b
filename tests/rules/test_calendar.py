"""Business days and hours across DST changes and public holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from rules.engine.calendar import (
    BusinessHours,
    add_business_days,
    business_days_between,
    is_business_time,
    next_business_start,
    zone,
)

BERLIN = zone("Europe/Berlin")
NEW_YORK = zone("America/New_York")


@pytest.mark.parametrize(
    ("dt", "tz", "expected"),
    [
        pytest.param(
            datetime(2025, 3, 28, 20, tzinfo=UTC),
            BERLIN,
            datetime(2025, 3, 31, 6, tzinfo=UTC),
            id="Friday night before spring-forward: Monday 08:00 CEST",
        ),
        pytest.param(
            datetime(2025, 10, 24, 20, tzinfo=UTC),
            BERLIN,
            datetime(2025, 10, 27, 7, tzinfo=UTC),
            id="Friday night before fall-back: Monday 08:00 CET",
        ),
        pytest.param(
            datetime(2025, 3, 9, 6, 30, tzinfo=UTC),
            NEW_YORK,
            datetime(2025, 3, 10, 12, tzinfo=UTC),
            id="New York DST Sunday",
        ),
        pytest.param(
            datetime(2025, 4, 18, 9, tzinfo=UTC),
            BERLIN,
            datetime(2025, 4, 22, 6, tzinfo=UTC),
            id="Good Friday to Easter Tuesday",
        ),
        pytest.param(
            datetime(2025, 11, 24, 9, tzinfo=UTC),
            BERLIN,
            datetime(2025, 11, 24, 9, tzinfo=UTC),
            id="already open: unchanged",
        ),
    ],
)
def test_next_business_start(dt: datetime, tz, expected: datetime) -> None:
    found = next_business_start(dt, tz=tz, country="DE" if tz is BERLIN else "US")
    assert found == expected
    assert is_business_time(found, tz=tz, country="DE" if tz is BERLIN else "US")


def test_start_inside_a_dst_gap_moves_past_it() -> None:
    # 02:30 does not exist in Berlin on 30 Mar 2025; a window opening then starts 03:30.
    hours = BusinessHours(start=time(2, 30), end=time(18), weekend=frozenset())
    found = next_business_start(
        datetime(2025, 3, 29, 20, tzinfo=UTC), tz=BERLIN, country=None, hours=hours
    )
    assert found == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("day", "n", "country", "expected"),
    [
        pytest.param(
            date(2025, 11, 21), 1, "DE", date(2025, 11, 24), id="Friday + 1 is Monday"
        ),
        pytest.param(
            date(2025, 12, 23),
            2,
            "DE",
            date(2025, 12, 29),
            id="over Christmas in Germany",
        ),
        pytest.param(
            date(2025, 12, 23), 2, "US", date(2025, 12, 26), id="the US works on 26 Dec"
        ),
        pytest.param(date(2025, 11, 24), 0, "DE", date(2025, 11, 24), id="zero days"),
        pytest.param(date(2025, 11, 24), -1, "DE", date(2025, 11, 21), id="backwards"),
        pytest.param(
            date(2025, 5, 1),
            1,
            "XX",
            date(2025, 5, 2),
            id="unknown country: weekends only",
        ),
    ],
)
def test_add_business_days(day: date, n: int, country: str, expected: date) -> None:
    assert add_business_days(day, n, country=country) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(
            date(2025, 11, 17), date(2025, 11, 20), 3, id="Monday to Thursday"
        ),
        pytest.param(date(2025, 11, 21), date(2025, 11, 24), 1, id="over a weekend"),
        pytest.param(date(2025, 12, 24), date(2025, 12, 29), 1, id="over Christmas"),
        pytest.param(date(2025, 11, 24), date(2025, 11, 24), 0, id="same day"),
        pytest.param(date(2025, 11, 24), date(2025, 11, 21), -1, id="reversed"),
    ],
)
def test_business_days_between(a: date, b: date, expected: int) -> None:
    assert business_days_between(a, b, country="DE") == expected


def test_unknown_time_zone_falls_back_to_utc() -> None:
    assert zone("Mars/Olympus").key == "UTC" and zone(None).key == "UTC"
