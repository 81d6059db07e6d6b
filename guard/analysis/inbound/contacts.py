"""People a reply points to instead: "please contact Jane Doe (jane@x.com)".

A name is read right after the cue (titles and "my colleague" skipped); addresses are
read in the rest of that sentence, and an address right after a name belongs to it.
"""

from __future__ import annotations

import re

from guard.analysis.inbound.lexicon import InboundLexicon
from guard.analysis.inbound.text import sentences
from models.domain import AlternateContact, Span

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-Я]"
_NAME = re.compile(
    r"[\s:,]*(?:(?:my|our|meine[rn]?|unsere[rn]?)\s+(?:colleague|kolleg(?:e|in))\s+)?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Hr|Fr|Herrn?|Frau|Mme|M|Sr|Sra|Sig|Dott)\.?\s+)?"
    rf"(?P<name>{_UPPER}[\w'’-]+(?:[ \t]+(?:(?:van|von|de|der|den|da|di|le|la)[ \t]+)?"
    rf"{_UPPER}(?:\.|[\w'’-]*)){{1,3}})"
)
# Words that start a capitalised run without being a name.
_NOT_NAMES = frozenset(
    ("please", "our", "the", "my", "your", "this", "if", "for", "in", "bitte", "unsere")
)
_PAIR_GAP = 6  # "Jane Doe (jane@x.com)", "Jane Doe: jane@x.com"


def alternate_contacts(
    text: str, folded: str, lexicon: InboundLexicon, cue: str = "alternate"
) -> tuple[tuple[AlternateContact, ...], tuple[Span, ...]]:
    """Contacts named after the `cue` phrases, and their evidence spans."""
    contacts: list[AlternateContact] = []
    spans: list[Span] = []
    for start, end in sentences(text):
        match = lexicon.cue(cue).search(folded, start, end)
        if match is None:
            continue
        for contact, span in _read_contacts(text, match.end(), end):
            if contact not in contacts:
                contacts.append(contact)
                spans.append(span)
    return tuple(contacts), tuple(spans)


def _read_contacts(
    text: str, start: int, end: int
) -> list[tuple[AlternateContact, Span]]:
    found: list[tuple[AlternateContact, Span]] = []
    name = _NAME.match(text, start, end)
    if name and name["name"].split()[0].lower() in _NOT_NAMES:
        name = None
    emails = list(EMAIL.finditer(text, start, end))
    paired = None
    if name:
        paired = next(
            (e for e in emails if 0 <= e.start() - name.end("name") <= _PAIR_GAP), None
        )
        stop = paired.end() if paired else name.end("name")
        contact = AlternateContact(
            name=name["name"], email=paired.group(0) if paired else None
        )
        found.append((contact, _evidence(text, name.start("name"), stop)))
    for email in emails:
        if email is not paired:
            contact = AlternateContact(email=email.group(0).rstrip("."))
            found.append((contact, _evidence(text, email.start(), email.end())))
    return found


def _evidence(text: str, start: int, end: int) -> Span:
    return Span("alternate_contact", start, end, text[start:end])
