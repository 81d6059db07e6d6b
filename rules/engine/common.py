"""Helpers the rule families share: the contact's calendar, dates in words, evidence."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, tzinfo
from functools import lru_cache

from models.domain import (
    AbsenceRecord,
    ContactContext,
    Evidence,
    InboundRecord,
    MessageAnalysis,
    Person,
    Span,
    TouchRecord,
)
from rules.engine.calendar import BusinessHours, ContactCalendar, zone

_SOURCE_WORDS = {
    "auto_reply": "auto-reply",
    "exchange_oof": "Exchange out-of-office setting",
    "mailtips": "MailTips",
    "manual": "noted by a colleague",
}


def contact_calendar(ctx: ContactContext, hours: BusinessHours) -> ContactCalendar:
    """The contact's own time zone and country, falling back to the account's."""
    # Every rule of a decision asks, in every round of the deferral: the last answer
    # is kept with the context and hours it is for (both immutable, compared by
    # identity; one tuple, so a thread reads either the old pair or the new one).
    last = _LAST_CALENDAR[0]
    if last[0] is ctx and last[1] is hours:
        return last[2]
    cal = _contact_calendar(ctx, hours)
    _LAST_CALENDAR[0] = (ctx, hours, cal)
    return cal


def _contact_calendar(ctx: ContactContext, hours: BusinessHours) -> ContactCalendar:
    account = ctx.account
    tz_name = ctx.contact.timezone
    if (not tz_name or tz_name == "UTC") and account is not None and account.timezone:
        tz_name = account.timezone
    country = ctx.contact.country or (account.country if account else None)
    return _calendar(tz_name, country, hours)


@lru_cache(maxsize=1024)
def _calendar(
    tz_name: str | None, country: str | None, hours: BusinessHours
) -> ContactCalendar:
    # Every rule asks for the same calendar; it is immutable, so build it once.
    return ContactCalendar(tz=zone(tz_name), country=country, hours=hours)


_LAST_CALENDAR: list[
    tuple[ContactContext | None, BusinessHours | None, ContactCalendar]
] = [(None, None, _calendar(None, None, BusinessHours()))]


# The C locale's %a and %b (the process never sets LC_TIME): strftime costs ~1.5 µs a
# call, and a cadence message names every touch in its window. `day` is memoised by
# date (a pure function; the days a history names repeat from check to check).
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


@lru_cache(maxsize=4096)
def day(d: date) -> str:
    """'Mon 1 Dec' — short, and unambiguous in every locale's reading order."""
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"


def local_day(dt: datetime, cal: ContactCalendar) -> str:
    """`day` of the contact's local date at `dt`."""
    return _local_day(dt, cal.tz)


@lru_cache(maxsize=8192)
def _local_day(dt: datetime, tz: tzinfo) -> str:
    # Memoised by instant and zone: a cadence message names every touch in its window,
    # both windows and every round of the deferral name the same touches, and a
    # contact's history is named again on the next check.
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return day(dt.astimezone(tz).date())


def when(dt: datetime, cal: ContactCalendar, person: Person) -> str:
    """'Tue 2 Dec 08:00 Ada's time (Europe/Berlin)'."""
    local = cal.local(dt)
    return (
        f"{day(local.date())} {local.hour:02d}:{local.minute:02d} "
        f"{person.short_name}'s time ({cal.tz_name})"
    )


def absence_source(absence: AbsenceRecord, cal: ContactCalendar) -> str:
    """'auto-reply of Thu 20 Nov' or 'Exchange out-of-office setting'."""
    words = _SOURCE_WORDS.get(absence.source, absence.source)
    if absence.noticed_at is not None:
        return f"{words} of {day(cal.local_date(absence.noticed_at))}"
    return words


def human_replies(ctx: ContactContext) -> list[InboundRecord]:
    """Human replies (never auto-replies or bounces), newest first."""
    found = [i for i in ctx.inbound if i.kind == "human" and i.received_at <= ctx.now]
    return sorted(found, key=lambda i: (i.received_at, i.id), reverse=True)


def touches_before(touches: Iterable[TouchRecord], at: datetime) -> list[TouchRecord]:
    """Touches sent at or before `at`, newest first."""
    if isinstance(touches, tuple):
        # Filtering the sorted history equals sorting the filtered one (stable sort),
        # and newest first the touches at or before `at` are a suffix of it.
        ordered = _newest_first(touches)
        start = 0
        for touch in ordered:
            if touch.sent_at <= at:
                break
            start += 1
        return ordered[start:]
    found = [t for t in touches if t.sent_at <= at]
    return sorted(found, key=_recency, reverse=True)


def _recency(touch: TouchRecord) -> tuple[datetime, int]:
    return touch.sent_at, touch.id


# A decision asks for the same history a dozen times (several rules, several rounds of
# the deferral fixed point). Keyed by identity, and the tuple is kept alive with its
# answer so the id cannot be reused; tuples of frozen records never change.
_NEWEST_FIRST: dict[int, tuple[tuple[TouchRecord, ...], list[TouchRecord]]] = {}
_NEWEST_FIRST_SIZE = 64


_Touches = tuple[TouchRecord, ...]
_MERGED: dict[tuple[int, int], tuple[tuple[_Touches, _Touches], _Touches]] = {}


def merged_touches(
    first: Iterable[TouchRecord], second: Iterable[TouchRecord]
) -> Iterable[TouchRecord]:
    """Both histories with one entry per touch id (the second's record wins).

    The same tuple comes back for the same two tuples, so `touches_before` can reuse
    its sorted history for it.
    """
    if not (isinstance(first, tuple) and isinstance(second, tuple)):
        return {t.id: t for t in (*first, *second)}.values()
    key = (id(first), id(second))
    hit = _MERGED.get(key)
    if hit is not None and hit[0][0] is first and hit[0][1] is second:
        return hit[1]
    merged = tuple({t.id: t for t in (*first, *second)}.values())
    if len(_MERGED) >= _NEWEST_FIRST_SIZE:
        _MERGED.clear()
    _MERGED[key] = ((first, second), merged)
    return merged


def _newest_first(touches: tuple[TouchRecord, ...]) -> list[TouchRecord]:
    hit = _NEWEST_FIRST.get(id(touches))
    if hit is not None and hit[0] is touches:
        return hit[1]
    ordered = sorted(touches, key=_recency, reverse=True)
    if len(_NEWEST_FIRST) >= _NEWEST_FIRST_SIZE:
        _NEWEST_FIRST.clear()
    _NEWEST_FIRST[id(touches)] = (touches, ordered)
    return ordered


def replied_after(ctx: ContactContext, at: datetime) -> bool:
    return any(i.received_at > at for i in human_replies(ctx))


def engaged(ctx: ContactContext) -> bool:
    """Has the contact ever written back themselves?"""
    return bool(human_replies(ctx))


def span_evidence(spans: Iterable[Span]) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(
            source="message",
            text=s.text,
            start=s.start,
            end=s.end,
            field=s.field,
            id=None,
        )
        for s in spans
    )


def intent_evidence(analysis: MessageAnalysis, *intents: str) -> tuple[Evidence, ...]:
    return span_evidence(analysis.spans_for(*intents))


def inbound_evidence(record: InboundRecord) -> Evidence:
    return Evidence(
        source="inbound", id=str(record.id), text=record.snippet or record.subject
    )


def touch_evidence(touch: TouchRecord) -> Evidence:
    text = touch.subject or touch.body[:120]
    return Evidence(source="touch", id=str(touch.id), text=text)


def absence_evidence(absence: AbsenceRecord) -> Evidence:
    return Evidence(source="absence", id=str(absence.id), text=absence.evidence)


def policy_evidence(text: str) -> Evidence:
    return Evidence(source="policy", text=text)


def names(people: Iterable[Person]) -> str:
    """'Grace Hopper, Linus Torvalds and Ada Lovelace'."""
    listed = [p.display_name for p in people]
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]
