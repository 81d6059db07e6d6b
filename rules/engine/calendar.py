"""Business days and hours: country holidays from `holidays`, time zones from zoneinfo.

Pure functions of their arguments; the clock always comes from the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays

# A business window is at most a weekend plus some holidays away; a year is a safe
# bound that still stops a calendar with no business day from looping forever.
_MAX_SEARCH_DAYS = 400


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """The daily window in the contact's local time, and which weekdays are weekend."""

    start: time = time(8, 0)
    end: time = time(18, 0)
    weekend: frozenset[int] = field(default=frozenset({5, 6}))  # Monday is 0


DEFAULT_HOURS = BusinessHours()


def zone(name: str | None) -> ZoneInfo:
    """The time zone called `name`; UTC when it is missing or unknown."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@lru_cache(maxsize=512)
def _holidays(country: str, year: int) -> dict[date, str]:
    # `country` may carry a subdivision: "DE-BY", "US-CA".
    code, _, subdiv = country.upper().partition("-")
    try:
        calendar = holidays.country_holidays(code, subdiv=subdiv or None, years=year)
    except NotImplementedError:
        # An unknown country has no public holidays we know of: weekends still apply.
        return {}
    return dict(calendar.items())


def holiday_name(day: date, *, country: str | None) -> str | None:
    """The public holiday on `day` in `country`, or None."""
    if not country:
        return None
    return _holidays(country, day.year).get(day)


def is_business_day(
    day: date, *, country: str | None, hours: BusinessHours = DEFAULT_HOURS
) -> bool:
    """Not a weekend day and not a public holiday of `country`."""
    if day.weekday() in hours.weekend:
        return False
    return holiday_name(day, country=country) is None


def _aware(dt: datetime) -> datetime:
    # Planned times are aware UTC; a naive one is read as UTC, never as local time.
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


def local_instant(day: date, at: time, tz: tzinfo) -> datetime:
    """`day` at wall-clock `at` in `tz`; a time DST skips moves forward past the gap."""
    naive = datetime.combine(day, at, tzinfo=tz)
    return naive.astimezone(UTC).astimezone(tz)


def is_business_time(
    dt: datetime,
    *,
    tz: tzinfo,
    country: str | None,
    hours: BusinessHours = DEFAULT_HOURS,
) -> bool:
    """Is `dt` inside business hours on a business day, in the contact's time zone?"""
    local = _aware(dt).astimezone(tz)
    if not is_business_day(local.date(), country=country, hours=hours):
        return False
    return hours.start <= local.time() < hours.end


def next_business_start(
    dt: datetime,
    *,
    tz: tzinfo,
    country: str | None,
    hours: BusinessHours = DEFAULT_HOURS,
) -> datetime:
    """The first instant at or after `dt` inside business hours, in `tz`."""
    local = _aware(dt).astimezone(tz)
    if is_business_time(local, tz=tz, country=country, hours=hours):
        return local
    day = local.date()
    if local.time() >= hours.start:
        day += timedelta(days=1)
    for _ in range(_MAX_SEARCH_DAYS):
        if is_business_day(day, country=country, hours=hours):
            return local_instant(day, hours.start, tz)
        day += timedelta(days=1)
    raise ValueError("no business day within a year: check the weekend configuration")


def add_business_days(
    day: date, n: int, *, country: str | None, hours: BusinessHours = DEFAULT_HOURS
) -> date:
    """The business day `n` business days after `day` (`n` = 0 gives `day` itself)."""
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    for _ in range(remaining + _MAX_SEARCH_DAYS):
        if remaining == 0:
            return day
        day += timedelta(days=step)
        if is_business_day(day, country=country, hours=hours):
            remaining -= 1
    raise ValueError("no business day within a year: check the weekend configuration")


def business_days_between(
    a: date, b: date, *, country: str | None, hours: BusinessHours = DEFAULT_HOURS
) -> int:
    """How many business days lie after `a` up to and including `b` (negative if b < a).

    A touch on Monday and a follow-up on Thursday are 3 business days apart.
    """
    if b < a:
        return -business_days_between(b, a, country=country, hours=hours)
    # Business days in (a, b] = running count at b - running count at a, where each
    # count restarts on 1 January: add the totals of the years the span leaves.
    count = _running_count(b, country, hours) - _running_count(a, country, hours)
    for year in range(a.year, b.year):
        count += _running_counts(country, year, hours)[-1]
    return count


def _running_count(day: date, country: str | None, hours: BusinessHours) -> int:
    """Business days from 1 January of `day`'s year up to and including `day`."""
    return _running_counts(country, day.year, hours)[(day - date(day.year, 1, 1)).days]


@lru_cache(maxsize=256)
def _running_counts(
    country: str | None, year: int, hours: BusinessHours
) -> tuple[int, ...]:
    # Counting day by day costs a holiday lookup per day, and cadence and absence rules
    # span weeks on every decision; one pass per country and year serves them all.
    first = date(year, 1, 1)
    counts: list[int] = []
    total = 0
    for offset in range((date(year, 12, 31) - first).days + 1):
        day = first + timedelta(days=offset)
        total += is_business_day(day, country=country, hours=hours)
        counts.append(total)
    return tuple(counts)


@dataclass(frozen=True, slots=True)
class ContactCalendar:
    """The contact's time zone, country and business hours, bundled for the rules."""

    tz: ZoneInfo
    country: str | None = None
    hours: BusinessHours = DEFAULT_HOURS

    @property
    def tz_name(self) -> str:
        return self.tz.key

    def local(self, dt: datetime) -> datetime:
        return _aware(dt).astimezone(self.tz)

    def local_date(self, dt: datetime) -> date:
        # Inlined `local`: rules ask this for every touch in a window, every decision.
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return dt.astimezone(self.tz).date()

    def is_open(self, dt: datetime) -> bool:
        return is_business_time(dt, tz=self.tz, country=self.country, hours=self.hours)

    def next_open(self, dt: datetime) -> datetime:
        return next_business_start(
            dt, tz=self.tz, country=self.country, hours=self.hours
        )

    def open_on(self, day: date) -> datetime:
        """The first business instant on `day`, or on the next business day after it."""
        return _open_on(day, self.tz, self.country, self.hours)

    def add_days(self, day: date, n: int) -> date:
        return _add_days(day, n, self.country, self.hours)

    def days_between(self, a: date, b: date) -> int:
        return business_days_between(a, b, country=self.country, hours=self.hours)

    def is_business_day(self, day: date) -> bool:
        return is_business_day(day, country=self.country, hours=self.hours)


# Memoised by value: pure functions of a date and a calendar, asked by several rules on
# every decision (a deferral's target day), and the days asked repeat from check to
# check. Each walks days with a holiday lookup per day (~3 µs); a hit is a hash.
@lru_cache(maxsize=4096)
def _open_on(
    day: date, tz: ZoneInfo, country: str | None, hours: BusinessHours
) -> datetime:
    start = local_instant(day, time(0, 0), tz)
    return next_business_start(start, tz=tz, country=country, hours=hours)


@lru_cache(maxsize=4096)
def _add_days(day: date, n: int, country: str | None, hours: BusinessHours) -> date:
    return add_business_days(day, n, country=country, hours=hours)
