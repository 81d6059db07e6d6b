"""Where the quoted history of a reply starts, in the languages we support.

A small splitter of our own rather than mail-parser-reply: that library returns the
reply as a new string, and we need the character offset where the history begins so
that evidence spans keep pointing into the full body.
"""

from __future__ import annotations

import re

# Attribution lines mail clients write above a quoted message. Some clients wrap the
# line, so one continuation line is allowed before the final verb.
_ONE_OR_TWO_LINES = r"[^\n]{0,250}(?:\n[^\n]{0,150})?"
_ATTRIBUTIONS = (
    rf"On\b{_ONE_OR_TWO_LINES}\bwrote\s*:",
    rf"Am\b{_ONE_OR_TWO_LINES}\bschrieb\b[^\n]{{0,120}}:",
    rf"Le\b{_ONE_OR_TWO_LINES}\ba écrit\s*:",
    rf"El\b{_ONE_OR_TWO_LINES}\bescribió\s*:",
    rf"Op\b{_ONE_OR_TWO_LINES}\bschreef\b[^\n]{{0,120}}:",
    rf"Em\b{_ONE_OR_TWO_LINES}\bescreveu\s*:",
    rf"Il\b{_ONE_OR_TWO_LINES}\bha scritto\s*:",
)
_SEPARATORS = (
    r"-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine"
    r"|Mensaje original|Oorspronkelijk bericht|Mensagem original"
    r"|Messaggio originale)\s*-{2,}",
    r"-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré"
    r"|Mensaje reenviado|Doorgestuurd bericht|Mensagem encaminhada"
    r"|Messaggio inoltrato)\s*-{2,}",
    r"(?:Begin forwarded message|Début du message réexpédié"
    r"|Inicio del mensaje reenviado)\s*:",
    r"_{10,}\s*$",
)
# Outlook's header block: "From: …" followed within a few lines by "Sent: …".
_HEADER_BLOCK = (
    r"\*?(?:From|Von|De|Van|Da|Para)\s*:\*?[^\n]*\n(?:[^\n]*\n){0,3}?"
    r"\*?(?:Sent|Gesendet|Envoyé|Enviado|Enviada|Verzonden|Inviato|Date|Datum"
    r"|Data)\s*:"
)
_QUOTE_START = re.compile(
    r"^[ \t]*(?:" + "|".join((*_ATTRIBUTIONS, *_SEPARATORS, _HEADER_BLOCK)) + ")",
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
