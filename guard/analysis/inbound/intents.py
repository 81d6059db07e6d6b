"""What a human reply asks for: negative, unsubscribe, referral, booking link, positive.

Only the sender's own new lines count: quoted history is the seller's text, and a
booking link in it is the seller's own, not one the contact offers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guard.analysis.inbound.lexicon import InboundLexicon
from guard.analysis.text.quotes import find_quote_start
from models.domain import Span

INTENTS = ("negative", "unsubscribe", "referral", "positive")
URL = re.compile(r"https?://[^\s<>()\"']+", re.IGNORECASE)
# Booking pages of the common scheduling tools (hosts, or host plus path).
SCHEDULING = re.compile(
    r"calendly\.com/|cal\.com/|savvycal\.com/|meetings(?:-\w+)?\.hubspot\.com/|"
    r"hubspot\.com/meetings/|outlook\.office(?:365)?\.com/(?:owa/calendar/|book)|"
    r"book\.ms/|bookings\.|doodle\.com/(?:bp|mm)/|youcanbook\.me|zcal\.co/|tidycal\.com/|"
    r"acuityscheduling\.com|calendar\.app\.google/|calendar\.google\.com/calendar/"
    r"(?:appointments|u/\d/appointments)|chilipiper\.com/|appointlet\.com/|"
    r"reclaim\.ai/m/|zoho\.\w+/bookings|vyte\.in/|motion\.so/|koalendar\.com/",
    re.IGNORECASE,
)
_NEGATION_REACH = 12  # "not interested": a negation this close turns a positive around


@dataclass(frozen=True, slots=True)
class Intents:
    intents: frozenset[str]
    scheduling_link: str | None
    spans: tuple[Span, ...]


def human_intents(text: str, folded: str, lexicon: InboundLexicon) -> Intents:
    """The intents of a human reply, each with its evidence span."""
    own_end = find_quote_start(text)
    found: set[str] = set()
    spans: list[Span] = []
    for intent in INTENTS:
        for match in lexicon.cue(f"intents.{intent}").finditer(folded, 0, own_end):
            if intent == "positive" and _negated(folded, match, lexicon):
                continue
            found.add(intent)
            spans.append(
                Span(
                    intent,
                    match.start(),
                    match.end(),
                    text[match.start() : match.end()],
                )
            )
            break
    if found & {"negative", "unsubscribe"}:
        found.discard("positive")
        spans = [s for s in spans if s.label != "positive"]
    link = _scheduling_link(text, own_end)
    if link is not None:
        found.add("scheduling_link")
        spans.append(Span("scheduling_link", link.start(), link.end(), link.group(0)))
    return Intents(frozenset(found), link.group(0) if link else None, tuple(spans))


def _negated(folded: str, match: re.Match, lexicon: InboundLexicon) -> bool:
    before = folded[max(0, match.start() - _NEGATION_REACH) : match.start()]
    return bool(lexicon.cue("intents.negation").search(before))


def _scheduling_link(text: str, end: int) -> re.Match | None:
    for url in URL.finditer(text, 0, end):
        if SCHEDULING.search(url.group(0)):
            return _trimmed(text, url)
    return None


def _trimmed(text: str, url: re.Match) -> re.Match:
    # "…/jane-doe." at the end of a sentence: the full stop is not part of the link
    stripped = url.group(0).rstrip(".,;:!?")
    return URL.match(text, url.start(), url.start() + len(stripped)) or url
