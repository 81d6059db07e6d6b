"""Dates in inbound replies: found by our own patterns, resolved to calendar days.

Only small fragments ever reach dateparser, with its languages pinned: it costs about
4 ms a call pinned and 140 ms unpinned. Numeric dates are resolved here,
because D/M versus M/D is a property of the whole message (corpora/README.md rule 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

import dateparser
from dateparser.languages.loader import default_loader

from guard.analysis.inbound.lexicon import InboundLexicon, fold
from guard.analysis.text.lexicon import LexiconError, every, text_lexicons

MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
WEEKDAY_KEYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
# Countries whose numeric dates are month first (corpora/README.md rule 5).
MONTH_FIRST_COUNTRIES = frozenset({"US", "CA", "PH"})
_NUMERIC = re.compile(
    r"(?<![\d/.:+,])(?<!\d-)(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?:\.(?=\s))?(?![\d]|[./-]\d|:\d)"
)
_ISO = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"
)
_CJK = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]?"
    # Korean writes the same with its own counters: "2026년 3월 16일"
    r"|(?:(?P<ky>\d{4})\s*년\s*)?(?P<km>\d{1,2})\s*월\s*(?P<kd>\d{1,2})\s*일"
)
# "7月11日至16日", "3월 2일~6일": a range within one month
_CJK_RANGE = re.compile(
    r"(?P<m>\d{1,2})\s*[月월]\s*(?P<d1>\d{1,2})\s*[日号號일]?\s*(?:至|到|~|～|〜|-|–)\s*"
    r"(?P<d>\d{1,2})\s*[日号號일]"
)
# Czech and Slovak space their dotted dates: "13. 3. 2026", "do 24. 7."
_SPACED = re.compile(
    r"(?<![\d.])(?P<d>[0-3]?\d)\.\s(?P<m>[01]?\d)\.(?:\s?(?P<y>(?:19|20)\d{2}))?(?![\d])"
)
# A day of the month without its month ("back on the 3rd", "tillbaka den 14:e",
# "am 7. wieder da"): only written ordinals, or "am/den/zum N." where the article
# makes the number a date, so that bare numbers (rooms, amounts) never become one.
_DAY_OF_MONTH = re.compile(
    r"(?<![\w.,/:-])(?P<dom>[0-3]?\d)(?:st|nd|rd|th|:e|:a|e|-го|-е|-go|-j?[ae]n)(?!\w)"
    # Chinese "26号": the counter makes it a day
    r"|(?<![\d月월./])(?P<dom4>[0-3]?\d)[日号號일](?!\d)"
    r"|(?:(?<=\bam )|(?<=\bden )|(?<=\bzum )|(?<=\bdem ))"
    r"(?P<dom2>[0-3]?\d)\.(?![\d\w]|\.\d)"
    # Portuguese "até dia 14", "volto dia 9": the noun makes the number a day
    # and Italian "rientro il 29.", Romanian "revin pe 24", Hebrew "עד ה-14"
    r"|(?:(?<=\bdia )|(?<=\bil )|(?<=\bpe )|(?<=ה-))"
    r"(?P<dom3>[0-3]?\d)(?![\d\w/:]|[.,]\d)"
    # Arabic "سأعود في 5 من الشهر" (on the 5th of the month)
    r"|(?<!\d)(?P<dom5>[0-3]?\d)(?= من الشهر)"
)
# Short weekday names that are also everyday words ("die", "mit", "son"): they only
# decorate a date when written as abbreviations, with a dot or a comma.
_SHORT_WEEKDAY_WORDS = frozenset(every("weekday_abbreviations_also_words"))
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|er|e|º|ª|\.)?"
_YEAR = r"(?:,?\s*(?:de\s+)?(?P<y>(?:19|20)\d{2}))?"
RELATIVE_KEYS = (
    "relative.day_after_tomorrow", "relative.tomorrow", "relative.end_of_next_week",
    "relative.end_of_week", "relative.next_week", "relative.next_month",
    "relative.after_weekend",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression; `value` is None when it cannot be placed in time."""

    start: int
    end: int
    kind: str  # date | range | weekday | relative
    value: date | None
    end_value: date | None = None  # ranges inside one fragment ("July 10-31")
    relative: str | None = None  # the relative key ("end_of_next_week")
    month_day: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class DateContext:
    """What resolving a date needs: the anchor, the numeric order, pinned languages."""

    anchor: date | None
    order: str | None  # "DM" | "MD" | None (unknown)
    languages: tuple[str, ...]


def numeric_order(text: str, country: str | None) -> str | None:
    """D/M or M/D for this message: a number above 12 settles it, else the country."""
    for match in _NUMERIC.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        if 12 < a <= 31 and b <= 12:
            return "DM"
        if 12 < b <= 31 and a <= 12:
            return "MD"
    if country:
        return "MD" if country.upper() in MONTH_FIRST_COUNTRIES else "DM"
    return None


# Forms dateparser does not list, from rules/lexicon/<lang>/text.yaml (dates.forms):
# Polish and Russian "until" takes the genitive ("do piątku", "до пятницы"),
# Hungarian puts the case on the weekday ("péntekig"), Levantine month names.
def _more_forms() -> dict[tuple[str, str], tuple[str, ...]]:
    known = (*MONTH_KEYS, *WEEKDAY_KEYS)
    forms: dict[tuple[str, str], tuple[str, ...]] = {}
    for lang, lexicon in text_lexicons().items():
        for key, names in lexicon.date_forms.items():
            if key not in known:
                raise LexiconError(
                    f"{lexicon.path}: dates.forms: unknown key {key!r}; "
                    f"expected one of {', '.join(known)}"
                )
            forms[lang, key] = names
    return forms


_MORE_FORMS = _more_forms()
# Full weekday names shorter than five letters, kept although short names are
# otherwise taken for abbreviations: Romanian "joi", "luni"; Turkish "cuma", "salı".
_SHORT_FULL_WEEKDAYS = frozenset(every("short_full_weekdays"))


@cache
def _names(
    languages: tuple[str, ...], keys: tuple[str, ...], shortest: int = 3
) -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in languages:
        try:
            info = default_loader.get_locale(lang).info
        except (KeyError, ValueError):
            continue
        for index, key in enumerate(keys):
            for name in (*info.get(key, []), *_MORE_FORMS.get((lang, key), ())):
                name = fold(str(name).strip("().")).strip()
                cjk = any(ord(ch) > 0x2E80 for ch in name)
                if len(name) >= (2 if cjk else shortest) and not name.isdigit():
                    names.setdefault(name, index)
    return names


@cache
def _patterns(languages: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    months = "|".join(
        sorted(map(re.escape, _names(languages, MONTH_KEYS)), key=len)[::-1]
    )
    # weekday abbreviations ("mo", "mon", "di") are everyday words: full names only
    weekdays = [
        w
        for w in _names(languages, WEEKDAY_KEYS)
        if len(w) >= 5 or ord(w[0]) > 0x2E80 or w in _SHORT_FULL_WEEKDAYS
    ]
    weekday = "|".join(sorted(map(re.escape, weekdays), key=len)[::-1])
    mon = rf"(?P<mon>{months})(?:\.(?=\s*\d))?"
    dash = r"\s*(?:-|–|—|to|bis|au|al|till|tot|a|do|по|εως|الى|ל-?)\s*"
    return (
        re.compile(
            rf"(?<!\w){_DAY.format('d1')}{dash}{_DAY.format('d')}\s*(?:of\s+|de\s+)?{mon}(?!\w){_YEAR}"
        ),
        re.compile(
            rf"(?<!\w){mon}\s+{_DAY.format('d1')}\s*(?:-|–|—|to|through|thru)\s*{_DAY.format('d')}(?!\w){_YEAR}"
        ),
        re.compile(
            rf"(?<!\w){_DAY.format('d')}\s*(?:of\s+|de\s+|di\s+)?{mon}(?!\w){_YEAR}"
        ),
        re.compile(rf"(?<!\w){mon}\s+(?:the\s+)?{_DAY.format('d')}(?!\w){_YEAR}"),
        # CJK and Hangul names take particles right after them ("목요일에").
        re.compile(rf"(?<!\w)(?P<wd>{weekday})(?:(?<=[\u2e80-\ud7af])|(?!\w))")
        if weekday
        else re.compile(r"(?!x)x"),
    )


def find_dates(
    text: str,
    folded: str,
    span: tuple[int, int],
    ctx: DateContext,
    lexicon: InboundLexicon,
) -> list[DateMention]:
    """Date mentions in text[start:end] (`folded` is `fold(text)`), left to right."""
    start, end = span
    found: list[tuple[int, int, int, re.Match, str]] = []
    patterns = (_ISO, _CJK_RANGE, _CJK, *_patterns(ctx.languages), _SPACED, _NUMERIC)
    patterns += (_DAY_OF_MONTH,)
    for rank, pattern in enumerate(patterns):
        for m in pattern.finditer(folded, start, end):
            found.append((m.start(), -(m.end() - m.start()), rank, m, "pattern"))
    for key in RELATIVE_KEYS:
        for m in lexicon.cue(key).finditer(folded, start, end):
            found.append((m.start(), -(m.end() - m.start()), 9, m, key))
    mentions: list[DateMention] = []
    taken_until = -1
    for begin, _negative_length, _rank, match, source in sorted(
        found, key=lambda f: f[:3]
    ):
        if begin < taken_until:
            continue
        mention = _resolve(match, source, text, ctx)
        if mention is not None:
            mentions.append(mention)
            taken_until = match.end()
    mentions = _absorb_short_weekdays(mentions, folded, ctx.languages)
    mentions = _merge_weekdays_into_dates(mentions, folded)
    return _next_weeks_weekday(mentions, folded, ctx.anchor)


# Between "next week" and its weekday: "next week, Wednesday", "nächste Woche am
# Dienstag", "בשבוע הבא ביום חמישי" (a preposition of a few letters at most).
_NEXT_WEEK_GLUE = re.compile(r"[\s,]*(?:\w{1,3}\s+)?\W{0,2}", re.UNICODE)


def _next_weeks_weekday(
    mentions: list[DateMention], text: str, anchor: date | None
) -> list[DateMention]:
    """ "Next week Wednesday" is the Wednesday of next week, in either order."""
    merged: list[DateMention] = []
    for current in mentions:
        previous = merged[-1] if merged else None
        pair = (previous.relative, current.kind) if previous else None
        reverse = (previous.kind, current.relative) if previous else None
        if (
            previous is not None
            and anchor is not None
            and (
                pair == ("relative.next_week", "weekday")
                or reverse == ("weekday", "relative.next_week")
            )
            and _NEXT_WEEK_GLUE.fullmatch(text, previous.end, current.start)
        ):
            day = current.value if current.kind == "weekday" else previous.value
            if day is not None:
                monday_next = anchor + timedelta(days=7 - anchor.weekday())
                value = monday_next + timedelta(days=day.weekday())
                merged[-1] = DateMention(previous.start, current.end, "date", value)
                continue
        merged.append(current)
    return merged


def _absorb_short_weekdays(
    mentions: list[DateMention], text: str, languages: tuple[str, ...]
) -> list[DateMention]:
    # "until Wed 1/14", "jusqu'au mer. 14/01": the abbreviated weekday belongs to the
    # date, so the connector before it ("until") stays next to the mention.
    pattern = _short_weekday_before(languages)
    if pattern is None:
        return mentions
    absorbed = []
    for mention in mentions:
        found = (
            pattern.search(text, max(0, mention.start - 12), mention.start)
            if mention.kind != "weekday"
            else None
        )
        if found and (found["sep"] or _plain_abbreviation(found["wd"])):
            mention = replace(mention, start=found.start())
        absorbed.append(mention)
    return absorbed


def _plain_abbreviation(name: str) -> bool:
    """Whether `name` ("wed", "thu") abbreviates a weekday even without a dot."""
    return len(name) >= 3 and name not in _SHORT_WEEKDAY_WORDS


@cache
def _short_weekday_before(languages: tuple[str, ...]) -> re.Pattern[str] | None:
    short = [w for w in _names(languages, WEEKDAY_KEYS, 2) if len(w) < 5]
    if not short:
        return None
    names = "|".join(sorted(map(re.escape, short), key=len)[::-1])
    return re.compile(rf"(?<!\w)(?P<wd>{names})(?P<sep>[.,]{{0,2}})\s*$")


def _merge_weekdays_into_dates(
    mentions: list[DateMention], text: str
) -> list[DateMention]:
    # "until Monday, 1 December": the date is the information, the weekday decorates
    # it; the merged mention starts at the weekday so "until" stays next to it.
    # The other way round too: "4 Ocak Pazartesi", "augusztus 3-án, hétfőn".
    merged: list[DateMention] = []
    for current in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "weekday"
            and current.kind != "weekday"
            and (
                current.start < previous.end  # the weekday was absorbed already
                or _WEEKDAY_GLUE.fullmatch(text, previous.end, current.start)
            )
        ):
            merged[-1] = replace(current, start=min(previous.start, current.start))
            continue
        if (
            previous is not None
            and previous.kind == "date"
            and current.kind == "weekday"
            and _WEEKDAY_AFTER.fullmatch(text, previous.end, current.start)
        ):
            merged[-1] = replace(previous, end=current.end)
            continue
        merged.append(current)
    return merged


_WEEKDAY_GLUE = re.compile(r"[\s,]*(?:the\s+|den\s+|le\s+|el\s+)?")
# Between a date and the weekday that follows it: a case ending at most ("3-án, "),
# but not Hungarian "-ig" (until), which gives the date its role.
_WEEKDAY_AFTER = re.compile(r"(?:-(?!ig\b)\w{1,3})?[\s,]*\(?")


def _resolve(
    m: re.Match, source: str, text: str, ctx: DateContext
) -> DateMention | None:
    if source != "pattern":
        value = resolve_relative(source, ctx.anchor) if ctx.anchor else None
        return DateMention(m.start(), m.end(), "relative", value, relative=source)
    groups = m.groupdict()
    if groups.get("wd"):
        weekday = _names(ctx.languages, WEEKDAY_KEYS)[groups["wd"]]
        value = next_weekday(ctx.anchor, weekday) if ctx.anchor else None
        return DateMention(m.start(), m.end(), "weekday", value)
    if groups.get("mon"):
        return _named(m, text, ctx)
    if "dom" in groups:
        day = int(
            groups["dom"]
            or groups["dom2"]
            or groups["dom3"]
            or groups["dom4"]
            or groups["dom5"]
        )
        if not 1 <= day <= 31:
            return None
        value = next_day_of_month(ctx.anchor, day) if ctx.anchor else None
        return DateMention(m.start(), m.end(), "date", value)
    if "sep" in groups:
        return _numeric(m, ctx)
    if groups.get("d1") and not groups.get("mon"):
        first = _make(
            m.start(), m.end(), None, int(groups["m"]), int(groups["d1"]), ctx.anchor
        )
        last = _make(
            m.start(), m.end(), None, int(groups["m"]), int(groups["d"]), ctx.anchor
        )
        if first is None or last is None:
            return None
        return DateMention(m.start(), m.end(), "range", first.value, last.value)
    if groups.get("km"):
        groups = {"y": groups["ky"], "m": groups["km"], "d": groups["kd"]}
    year = int(groups["y"]) if groups.get("y") else None
    return _make(
        m.start(), m.end(), year, int(groups["m"]), int(groups["d"]), ctx.anchor
    )


def _make(
    start: int, end: int, year: int | None, month: int, day: int, anchor: date | None
) -> DateMention | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    value = place_in_time(year, month, day, anchor)
    return DateMention(start, end, "date", value, month_day=(month, day))


def place_in_time(
    year: int | None, month: int, day: int, anchor: date | None
) -> date | None:
    """The calendar day for day/month (and year if stated), preferring the future."""
    try:
        if year is not None:
            return date(year + 2000 if year < 100 else year, month, day)
        if anchor is None:
            return None
        value = date(anchor.year, month, day)
        return value if value >= anchor else date(anchor.year + 1, month, day)
    except ValueError:
        return None


def _numeric(m: re.Match, ctx: DateContext) -> DateMention | None:
    a, b = int(m["a"]), int(m["b"])
    year = int(m["y"]) if m["y"] else None
    if m["sep"] == "-" and year is None:
        return None  # "10-31" without a year is a range or a phone fragment, not a date
    order = ctx.order or ("DM" if m["sep"] == "." else None)
    if order is None and a != b and a <= 12 and b <= 12:
        # README rule 5: ambiguous without a deciding number or locale; keep only if
        # one reading is impossible in time (past or beyond the horizon).
        readings = [
            place_in_time(year, b, a, ctx.anchor),
            place_in_time(year, a, b, ctx.anchor),
        ]
        sane = [
            r
            for r in readings
            if r and ctx.anchor and ctx.anchor <= r <= ctx.anchor + timedelta(days=100)
        ]
        if len(sane) != 1:
            return None
        value = sane[0]
        return DateMention(
            m.start(), m.end(), "date", value, month_day=(value.month, value.day)
        )
    day, month = (b, a) if order == "MD" or (order is None and b > 12) else (a, b)
    return _make(m.start(), m.end(), year, month, day, ctx.anchor)


def _named(m: re.Match, text: str, ctx: DateContext) -> DateMention | None:
    month_token = text[m.start("mon") : m.end("mon")]
    year = int(m["y"]) if m["y"] else None
    month = _names(ctx.languages, MONTH_KEYS).get(m["mon"])
    end_value = _parse_named(int(m["d"]), month_token, year, month, ctx)
    if m.groupdict().get("d1"):
        start_value = _parse_named(int(m["d1"]), month_token, year, month, ctx)
        if start_value and end_value and start_value > end_value:
            start_value = start_value.replace(year=start_value.year - 1)
        return DateMention(m.start(), m.end(), "range", start_value, end_value)
    month_day = (month + 1, int(m["d"])) if month is not None else None
    return DateMention(m.start(), m.end(), "date", end_value, month_day=month_day)


def _parse_named(
    day: int, month_token: str, year: int | None, month: int | None, ctx: DateContext
) -> date | None:
    if year is None and ctx.anchor is None:
        return None  # README rule 6: no year and no send date gives no date
    # The year goes into the fragment so that the choice of year stays ours
    # (future-preferring from the anchor), whatever dateparser's defaults are.
    fragment = f"{day} {month_token} {year or ctx.anchor.year}"
    parsed = dateparser.parse(
        fragment, languages=list(ctx.languages), settings=_SETTINGS
    )
    if parsed is not None:
        return place_in_time(year, parsed.month, parsed.day, ctx.anchor)
    # dateparser does not know every inflection our month list has: place it ourselves
    return (
        place_in_time(year, month + 1, day, ctx.anchor) if month is not None else None
    )


_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}


def next_weekday(anchor: date, weekday: int) -> date:
    """The first `weekday` (0 = Monday) strictly after `anchor` (README rule 4)."""
    return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)


def next_day_of_month(anchor: date, day: int) -> date | None:
    """The first `day` of a month strictly after `anchor` ("back on the 3rd")."""
    year, month = anchor.year, anchor.month
    for _ in range(3):  # a 31st may skip a month or two
        try:
            value = date(year, month, day)
        except ValueError:
            value = None
        if value is not None and value > anchor:
            return value
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def resolve_relative(key: str, anchor: date) -> date | None:
    """The day a relative phrase names, seen from `anchor`."""
    monday_next = anchor + timedelta(days=7 - anchor.weekday())
    table = {
        "relative.tomorrow": anchor + timedelta(days=1),
        "relative.day_after_tomorrow": anchor + timedelta(days=2),
        "relative.next_week": monday_next,
        "relative.end_of_week": anchor + timedelta(days=max(4 - anchor.weekday(), 0)),
        "relative.end_of_next_week": monday_next + timedelta(days=4),
        "relative.next_month": (anchor.replace(day=1) + timedelta(days=32)).replace(
            day=1
        ),
        "relative.after_weekend": monday_next,
    }
    return table.get(key)
