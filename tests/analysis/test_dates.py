"""Date helpers: numeric order, weekdays, relative phrases, year placement."""

from __future__ import annotations

from datetime import date

import pytest

from guard.analysis.inbound.lexicon import fold, load_lexicon
from guard.analysis.text.dates import (
    DateContext,
    find_dates,
    next_weekday,
    numeric_order,
    place_in_time,
    resolve_relative,
)

WED = date(2025, 11, 19)


@pytest.mark.parametrize(
    ("text", "country", "order"),
    [
        ("from 04/23/2015 until 04/28/2015", None, "MD"),
        ("from 20/04/2017 until 08/05/2017", None, "DM"),
        ("until 04/05", "US", "MD"),
        ("until 04/05", "ca", "MD"),
        ("until 04/05", "DE", "DM"),
        ("until 04/05", None, None),
    ],
    ids=[
        "month first by number",
        "day first by number",
        "US",
        "CA lower case",
        "DE",
        "unknown",
    ],
)
def test_numeric_order(text: str, country: str | None, order: str | None) -> None:
    assert numeric_order(text, country) == order


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [(0, date(2025, 11, 24)), (2, date(2025, 11, 26)), (3, date(2025, 11, 20))],
    ids=["monday", "same weekday is next week", "thursday"],
)
def test_next_weekday_is_strictly_after_anchor(weekday: int, expected: date) -> None:
    assert next_weekday(WED, weekday) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("relative.tomorrow", date(2025, 11, 20)),
        ("relative.next_week", date(2025, 11, 24)),
        ("relative.end_of_week", date(2025, 11, 21)),
        ("relative.end_of_next_week", date(2025, 11, 28)),
        ("relative.next_month", date(2025, 12, 1)),
    ],
    ids=["tomorrow", "next week", "end of week", "end of next week", "next month"],
)
def test_relative_phrases(key: str, expected: date) -> None:
    assert resolve_relative(key, WED) == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "anchor", "expected"),
    [
        (None, 12, 1, WED, date(2025, 12, 1)),
        (None, 1, 5, WED, date(2026, 1, 5)),
        (2024, 3, 1, WED, date(2024, 3, 1)),
        (25, 12, 1, None, date(2025, 12, 1)),
        (None, 12, 1, None, None),
        (None, 2, 30, WED, None),
    ],
    ids=[
        "this year",
        "rolls into next year",
        "stated year kept",
        "two-digit year",
        "no anchor no year",
        "no such day",
    ],
)
def test_place_in_time(
    year: int | None, month: int, day: int, anchor: date | None, expected: date | None
) -> None:
    assert place_in_time(year, month, day, anchor) == expected


@pytest.mark.parametrize(
    ("text", "languages", "found"),
    [
        ("back on 24 November", ("en",), [("24 November", date(2025, 11, 24))]),
        ("bis 28.11.2025", ("de",), [("28.11.2025", date(2025, 11, 28))]),
        ("am 1. Dezember", ("de",), [("1. Dezember", date(2025, 12, 1))]),
        ("le 2 décembre", ("fr",), [("2 décembre", date(2025, 12, 2))]),
        (
            "el 3 de diciembre de 2025",
            ("es",),
            [("3 de diciembre de 2025", date(2025, 12, 3))],
        ),
        ("2025年12月1日", ("zh",), [("2025年12月1日", date(2025, 12, 1))]),
        ("on Monday, 1 December", ("en",), [("Monday, 1 December", date(2025, 12, 1))]),
        ("call 030-1234-5678 or +44 20 7946 0958", ("en",), []),
        ("at 9:30 or 10.45", ("en",), []),
    ],
    ids=[
        "en day month",
        "de numeric",
        "de month name",
        "fr",
        "es with year",
        "zh",
        "weekday merged into date",
        "phone numbers",
        "times",
    ],
)
def test_find_dates(
    text: str, languages: tuple[str, ...], found: list[tuple[str, date]]
) -> None:
    ctx = DateContext(anchor=WED, order=None, languages=languages)
    mentions = find_dates(text, fold(text), (0, len(text)), ctx, load_lexicon())

    assert [(text[m.start : m.end], m.value) for m in mentions] == found
