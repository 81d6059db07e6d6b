"""The sign-off line and the signature block below it, in the languages we support.

The signature (name, title, phone, website) is not the sender's message: a phone
number or a website link in it must not count as new value. A "P.S." after the
signature is, so it stays.
"""

from __future__ import annotations

import re

from guard.analysis.text.lexicon import alternatives

# The sign-offs of every language (rules/lexicon/<lang>/text.yaml). Their order does
# not matter: a match runs from the start of a line to its end whichever one matched.
_SIGNOFF_WORDS = alternatives("signoffs")
_SIGNOFF_LINE = re.compile(
    rf"^[ \t]*(?:(?:{_SIGNOFF_WORDS})(?:[ \t]+[^\n]{{0,30}})?[ \t]*[,.!]?"
    rf"|(?:--|—|–)[ \t]*\S[^\n]{{0,40}})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_SIG_DELIMITER = re.compile(r"^-- ?$", re.MULTILINE)
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:P\.?\s?S\.?|P\.?\s?D\.?|N\.?\s?B\.?)\b", re.I | re.M
)
_SLOT_ONLY = re.compile(r"^[ \t]*(?:\{[^{}\n]{1,60}\}[ \t,|·-]*)+$")
# A signature is a few short lines; a sign-off word followed by paragraphs is prose.
_MAX_SIGNATURE_LINES = 7
_MAX_SIGNATURE_LINE = 80


def find_signoff(text: str) -> tuple[int, int] | None:
    """(start, end) of the sign-off line ("Best,", "Beste Grüße", "-- Sam"), if any."""
    # The last qualifying line wins, so walk up from the bottom one line at a time (a
    # match never spans lines): the sign-off is usually a few lines up, while listing
    # every match scans the whole text (~20 µs, twice per check).
    end = len(text)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        match = _SIGNOFF_LINE.match(text, start, end)
        if match and _looks_like_signature(_until_postscript(text, match.end())):
            return match.start(), match.end()
        end = start - 1
    return None


def signature_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges to blank: the lines below the sign-off (or "-- "), up to any P.S."""
    # Most mail has no "--" at all: skip the line-by-line scan for "-- ".
    delimiter = _SIG_DELIMITER.search(text) if "--" in text else None
    signoff = find_signoff(text)
    if delimiter and (signoff is None or delimiter.start() < signoff[0]):
        start = delimiter.start()
    elif signoff:
        start = signoff[1]
    else:
        start = _trailing_slot_lines(text)
    end = start + len(_until_postscript(text, start))
    return [(start, end)] if end > start else []


def _until_postscript(text: str, start: int) -> str:
    tail = text[start:]
    postscript = _POSTSCRIPT.search(tail)
    return tail[: postscript.start()] if postscript else tail


def _looks_like_signature(block: str) -> bool:
    lines = [line for line in block.split("\n") if line.strip()]
    return len(lines) <= _MAX_SIGNATURE_LINES and all(
        len(line) <= _MAX_SIGNATURE_LINE for line in lines
    )


def _trailing_slot_lines(text: str) -> int:
    """Start of trailing lines made only of slots ("{sender_name}", "{phone}")."""
    start = len(text)
    for match in reversed(list(re.finditer(r"[^\n]*\n?", text))):
        line = match.group().strip()
        if line and not _SLOT_ONLY.match(line):
            break
        start = match.start()
    return start
