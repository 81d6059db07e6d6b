"""When an absent contact is back: the return-date conventions of corpora/README.md.

Dates are looked for only in sentences that talk about the absence (an absence or a
return cue), which is what keeps footers, disclaimers and phone numbers out. Each date
gets a role from the words around it, and the strongest role wins:
explicit return ("back on X", "until X") > end of a range ("X–Y", "through Y") > a
lone absent day ("out Friday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from guard.analysis.inbound.lexicon import InboundLexicon
from guard.analysis.inbound.text import sentences
from guard.analysis.text.dates import DateContext, DateMention, find_dates
from models.domain import Span

HORIZON_DAYS = 100  # docs/analysis.md: no return date more than 100 days out
_WINDOW = 40  # characters around a date that can give it its role
_SUFFIX_WINDOW = 48  # "ab dem 10.11. bin ich wieder wie gewohnt für Sie da"
_PRIORITY = {"return": 5, "until": 4, "last": 3, "range": 3, "plain": 1}
_INCLUSIVE_REACH = (
    24  # "jusqu'au 28 novembre inclus", "по 3 августа 2026 года включительно"
)
_POSTPOSITION_REACH = (
    16  # "20.2. asti", "3月13日（金）まで", "16.03.2026 tarihine kadar"
)
_OPENING = 300  # where an out-of-office states its period
_DIGIT = re.compile(r"\d")
# At most a long weekend between a stated last day away and a stated return day.
_LAST_DAY_GAP = timedelta(days=4)


@dataclass(frozen=True, slots=True)
class AbsenceDates:
    returns_on: date
    last_day_away: date | None
    starts_on: date | None
    priority: int
    span: Span
    weekday: bool = False  # read from a weekday alone ("back on Monday")


def extract_absence_dates(
    text: str, folded: str, field: str, ctx: DateContext, lexicon: InboundLexicon
) -> AbsenceDates | None:
    """The best-supported return date in `text`, or None if it names none."""
    found: list[AbsenceDates] = []
    quiet: list[tuple[int, int]] = []  # opening sentences without absence words
    for sentence in sentences(text):
        if not _talks_about_absence(folded, sentence, lexicon, field):
            if sentence[0] < _OPENING and _DIGIT.search(text, *sentence):
                quiet.append(sentence)
            continue
        found += _sentence_dates(text, folded, field, sentence, ctx, lexicon)
    if not found:
        # "Absent 24.10.–1.11.", "Ausente del 12 al 17 de mayo": no cue the lexicon
        # knows, but the opening of an out-of-office states its period with a range
        # or "until"; a lone date there (a footer, a phone number) still says nothing.
        for sentence in quiet:
            found += [
                c
                for c in _sentence_dates(text, folded, field, sentence, ctx, lexicon)
                if c.priority >= _PRIORITY["range"]
            ]
    best: AbsenceDates | None = None
    for candidate in found:
        # Of two dates with the same role the later is the return: "vanaf maandag vrij
        # en terug op 5 januari" starts the absence on Monday.
        if (
            best is None
            or candidate.priority > best.priority
            or (
                candidate.priority == best.priority
                and candidate.returns_on > best.returns_on
            )
        ):
            best = candidate
    if best is None:
        return None
    return _with_last_day(_after_the_period(best, found), found)


def _after_the_period(best: AbsenceDates, found: list[AbsenceDates]) -> AbsenceDates:
    # "On holiday 21 December to 1 January, back on Monday": the Monday after the
    # stated period, not the next one after the message.
    if not best.weekday:
        return best
    ends = [
        c.returns_on for c in found if not c.weekday and c.returns_on > best.returns_on
    ]
    if not ends:
        return best
    weeks = -(-(max(ends) - best.returns_on).days // 7)
    return replace(best, returns_on=best.returns_on + timedelta(days=7 * weeks))


def _sentence_dates(
    text: str,
    folded: str,
    field: str,
    sentence: tuple[int, int],
    ctx: DateContext,
    lexicon: InboundLexicon,
) -> list[AbsenceDates]:
    mentions = find_dates(text, folded, sentence, ctx, lexicon)
    if not mentions:
        return []
    roles = _roles(folded, sentence, mentions, lexicon)
    return [
        c for c in _candidates(text, field, mentions, roles) if _sane(c, ctx.anchor)
    ]


def _with_last_day(best: AbsenceDates, found: list[AbsenceDates]) -> AbsenceDates:
    # "Im Urlaub bis einschließlich 2. Januar, ab dem 5. Januar wieder im Büro": the
    # explicit return decides, and the stated last day still belongs to the absence
    # when only a weekend or a holiday lies between them.
    if best.last_day_away is not None:
        return best
    for other in found:
        last = other.last_day_away
        if last and timedelta(0) < best.returns_on - last <= _LAST_DAY_GAP:
            return replace(best, last_day_away=last)
    return best


def _talks_about_absence(
    folded: str, sentence: tuple[int, int], lexicon: InboundLexicon, field: str
) -> bool:
    names = (
        ("absence", "return", "subject_ooo")
        if field == "subject"
        else ("absence", "return")
    )
    return any(lexicon.cue(name).search(folded, *sentence) for name in names)


def _roles(
    folded: str,
    sentence: tuple[int, int],
    mentions: list[DateMention],
    lexicon: InboundLexicon,
) -> list[str]:
    roles: list[str] = []
    for i, mention in enumerate(mentions):
        floor = max(sentence[0], mentions[i - 1].end if i else sentence[0])
        window = folded[max(floor, mention.start - _WINDOW) : mention.end]
        roles.append(_role_from_prefix(window, mention, roles, lexicon))
    explicit = "return" in roles
    for i, mention in enumerate(mentions):
        ceiling = mentions[i + 1].start if i + 1 < len(mentions) else sentence[1]
        suffix = folded[mention.end : min(ceiling, mention.end + _SUFFIX_WINDOW)]
        if roles[i] in ("until", "plain") and lexicon.cue(
            "connectors.inclusive"
        ).search(suffix[:_INCLUSIVE_REACH]):
            roles[i] = "last"
        elif roles[i] == "plain" and lexicon.cue("connectors.until_after").search(
            suffix[:_POSTPOSITION_REACH]
        ):
            roles[i] = "until"
        # German and Dutch put the verb after the date: "am 27. Juli wieder im Büro".
        elif (
            not explicit
            and roles[i] in ("plain", "from")
            and lexicon.cue("return").search(suffix)
        ):
            roles[i] = "return"
    return roles


def _role_from_prefix(
    window: str, mention: DateMention, previous: list[str], lexicon: InboundLexicon
) -> str:
    """The role the words before a date give it; `window` ends with the date itself."""
    prefix = window[: len(window) - (mention.end - mention.start)]
    opened = bool(previous) and previous[-1] in ("from", "plain")
    if lexicon.cue("connectors.ignore").search(prefix):
        return "ignore"
    if mention.kind == "range":
        return "range"
    if lexicon.cue("connectors.through").search(prefix):
        return "last"
    if _cue_starts_before(lexicon, "return", window, len(prefix)):
        return "return"
    if lexicon.cue("connectors.until").search(prefix):
        ends_period = (mention.relative or "").startswith("relative.end_of")
        return "last" if opened or ends_period else "until"
    if opened and (lexicon.cue("connectors.range").search(prefix) or _dash(prefix)):
        previous[-1] = "from"
        return "last"
    if lexicon.cue("connectors.from").search(prefix):
        return "from"
    return "plain"


def _cue_starts_before(
    lexicon: InboundLexicon, name: str, window: str, limit: int
) -> bool:
    # Searched with the date in view, so that cues which look ahead at the day
    # ("returning(?= Monday)", "back(?= 12 Jan)") can see it.
    return any(m.start() < limit for m in lexicon.cue(name).finditer(window))


def _dash(prefix: str) -> bool:
    return prefix.rstrip().endswith(("-", "–", "—", "~", "〜", "～"))


def _candidates(
    text: str, field: str, mentions: list[DateMention], roles: list[str]
) -> list[AbsenceDates]:
    found: list[AbsenceDates] = []
    starts_on = next(
        (m.value for m, r in zip(mentions, roles, strict=True) if r == "from"), None
    )
    for mention, role in zip(mentions, roles, strict=True):
        if role not in _PRIORITY or mention.value is None:
            continue
        span = Span(
            "return_date",
            mention.start,
            mention.end,
            text[mention.start : mention.end],
            field,
        )
        weekday = mention.kind == "weekday"
        if role in ("return", "until"):
            found.append(
                AbsenceDates(
                    mention.value, None, starts_on, _PRIORITY[role], span, weekday
                )
            )
            continue
        last = mention.end_value if role == "range" else mention.value
        if last is None:
            continue
        start = mention.value if role == "range" else starts_on
        found.append(
            AbsenceDates(
                last + timedelta(days=1), last, start, _PRIORITY[role], span, weekday
            )
        )
    return found


def _sane(found: AbsenceDates, anchor: date | None) -> bool:
    if anchor is None:
        return True  # only dates with a stated year resolve without an anchor
    if found.returns_on < anchor:
        return False
    # A stated absence start later than the message (an auto-reply set up ahead) moves
    # the horizon: the limit guards against absurd absences, not early announcements.
    base = anchor
    if found.starts_on and anchor < found.starts_on <= anchor + timedelta(days=365):
        base = found.starts_on
    return found.returns_on <= base + timedelta(days=HORIZON_DAYS)
