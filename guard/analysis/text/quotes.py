"""Where the quoted history of a reply starts, in the languages we support.

A small splitter of our own rather than mail-parser-reply (measured in
docs/analysis.md: that library returns the reply as a new, whitespace-normalised
string where we need the character offset of the history, so that evidence spans keep
pointing into the full body; it knows no Portuguese, Finnish or Norwegian, and it was
25 times slower).
"""

from __future__ import annotations

import re

from guard.analysis.text.lexicon import alternatives, every

# Every language's markers (rules/lexicon/<lang>/text.yaml). Only where a match
# starts is used, and that is the first offset where any alternative matches: the
# order of the alternatives (languages in folder order) does not change it.
# Attribution lines mail clients write above a quoted message. Some clients wrap the
# line, so one continuation line is allowed before the final verb.
_ONE_OR_TWO_LINES = r"[^\n]{0,250}(?:\n[^\n]{0,150})?"
_ATTRIBUTIONS = tuple(
    rf"{opening}\b{_ONE_OR_TWO_LINES}\b{closing}"
    for opening, closing in every("attributions")
)
_SEPARATORS = (
    rf"-{{2,}}\s*(?:{alternatives('between_dashes')})\s*-{{2,}}",
    rf"(?:{alternatives('before_colon')})\s*:",
    r"_{10,}\s*$",
)
# Outlook's header block: "From: …" followed within a few lines by "Sent: …".
_HEADER_BLOCK = (
    rf"\*?(?:{alternatives('header_from')})\s*:\*?[^\n]*\n"
    r"(?:[^\n]*\n){0,3}?"
    rf"\*?(?:{alternatives('header_sent')})\s*:"
)
_QUOTE_START = re.compile(
    r"^[ \t]*(?:" + "|".join((*_ATTRIBUTIONS, *_SEPARATORS, _HEADER_BLOCK)) + ")",
    re.MULTILINE | re.IGNORECASE,
)
# Danish, Swedish, Norwegian, Finnish and Polish clients start the line with the date,
# a weekday or the name: a line with a time or an address whose verb comes last
# before the colon ("Jeg skrev 3 punkter ned:" is the sender's own line). Searched only
# when one of the hints occurs (the scan of each line costs more than the rest).
_VERBS = every("verbs_last_hints")
_VERB_ATTRIBUTION = re.compile(
    r"^[ \t]*(?=[^\n]*(?:\d[:.]\d\d|@))[^\n]{0,250}?"
    rf"\b(?:{alternatives('verbs_last')})(?!\w)[^\n:]{{0,120}}:[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


def find_quote_start(text: str) -> int:
    """Offset where quoted history begins, or len(text) when there is none.

    A trailing run of ">" lines counts as history too (clients that quote without an
    attribution line).
    """
    found = _QUOTE_START.search(text)
    cut = found.start() if found else len(text)
    if any(verb in text for verb in _VERBS):
        attribution = _VERB_ATTRIBUTION.search(text, 0, cut)
        cut = attribution.start() if attribution else cut
    return _trailing_quote_block(text, cut)


def quoted_line_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of ">"-quoted lines (interleaved replies keep their own lines)."""
    if ">" not in text:  # most sends: no line-by-line scan
        return []
    return [m.span() for m in _QUOTED_LINE.finditer(text)]


def _trailing_quote_block(text: str, cut: int) -> int:
    start = cut
    seen_quote = False
    while start > 0:
        line_start = text.rfind("\n", 0, start - 1) + 1
        line = text[line_start:start].strip()
        if line and not line.startswith(">"):
            break
        seen_quote = seen_quote or bool(line)
        start = line_start
    return start if seen_quote else cut
