"""Text preparation for outgoing mail: HTML to text, quoted history and signature.

Offsets matter more than prettiness here: every evidence span must index into the
full plain body, so instead of cutting the quoted history and the signature out of
the text we *blank* them (spaces, newlines kept) in a same-length copy. Matching
runs on that copy, and its offsets are offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from guard.analysis.text.quotes import find_quote_start, quoted_line_ranges
from guard.analysis.text.signature import signature_ranges

# Typographic apostrophes and quotes break tokenizer exceptions ("I’ve", "j’ai");
# one-for-one replacements keep every offset valid.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u00a0": " "})
# Lines are stripped first, so a blank line is an empty one. Spelled with a literal
# prefix, which sre finds ten times faster than it tries `\n{3,}` at every offset.
_MANY_BLANK_LINES = re.compile(r"\n\n\n+")


@dataclass(frozen=True, slots=True)
class PreparedText:
    """The plain body, and the same-length copy where only the sender's own new lines
    are left (`analysed`, typographic quotes normalised), plus the readable `new_text`.
    """

    text: str
    analysed: str
    new_text: str
    quoted: bool = False  # quoted history follows the own lines


def html_to_text(html: str) -> str:
    """Plain text of an HTML body, laid out the way a mail client shows it."""
    from inscriptis import get_text  # imported lazily: most sends are plain text

    return get_text(html).strip("\n")


def prepare(body: str, body_html: str | None = None) -> PreparedText:
    """Plain text of the send and its own new lines (quotes and signature blanked)."""
    text = body if body.strip() or not body_html else html_to_text(body_html)
    return _prepare_plain(text)


@lru_cache(maxsize=256)
def _prepare_plain(text: str) -> PreparedText:
    # Engines re-check the same draft (retries, batch dry-runs): caching is cheap.
    # (Each entry holds the text three times: 1,024 of them held ~9 MB of mail.)
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    cut = find_quote_start(text)
    own = text[:cut]
    blanks = [*quoted_line_ranges(own), *signature_ranges(own)]
    masked = _blank(own, blanks)
    # The table maps only non-ASCII characters: ASCII text needs no pass.
    typographic = masked if masked.isascii() else plain_quotes(masked, _TYPOGRAPHIC)
    analysed = typographic + " " * (len(text) - cut)
    return PreparedText(
        text=text, analysed=analysed, new_text=_tidy(masked), quoted=cut < len(text)
    )


def plain_quotes(text: str, table: dict[int, str]) -> str:
    """`text.translate(table)` for a table of one-character replacements: a
    `str.replace` per character present, ~20 times faster than translate on non-ASCII
    text (which builds the result one character at a time)."""
    for code, replacement in table.items():
        char = chr(code)
        if char in text:
            text = text.replace(char, replacement)
    return text


def _blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """`text` with spaces over `ranges`, newlines kept (same length and layout)."""
    for start, end in ranges:
        lines = text[start:end].split("\n")
        blanked = "\n".join(" " * len(line) for line in lines)
        text = text[:start] + blanked + text[end:]
    return text


def _tidy(masked: str) -> str:
    tidy = "\n".join([line.strip() for line in masked.split("\n")])
    return _MANY_BLANK_LINES.sub("\n\n", tidy).strip()
