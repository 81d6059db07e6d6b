"""Where the quoted history of a reply starts, in the languages we support.

A small splitter of our own rather than mail-parser-reply (measured in
docs/analysis.md: that library returns the reply as a new, whitespace-normalised
string where we need the character offset of the history, so that evidence spans keep
pointing into the full body; it knows no Portuguese, Finnish or Norwegian, and it was
25 times slower).
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
    rf"In data\b{_ONE_OR_TWO_LINES}\bha scritto\s*:",
    rf"No dia\b{_ONE_OR_TWO_LINES}\bescreveu\s*:",
)
_SEPARATORS = (
    r"-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine"
    r"|Mensaje original|Oorspronkelijk bericht|Mensagem original"
    r"|Messaggio originale|Wiadomość oryginalna)\s*-{2,}",
    r"-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré"
    r"|Mensaje reenviado|Doorgestuurd bericht|Mensagem encaminhada"
    r"|Messaggio inoltrato|Videresendt besked|Videresendt melding"
    r"|Vidarebefordrat meddelande|Välitetty viesti|Przekazana wiadomość)\s*-{2,}",
    r"(?:Begin forwarded message|Début du message réexpédié"
    r"|Inicio del mensaje reenviado|Início da mensagem reencaminhada"
    r"|Anfang der weitergeleiteten Nachricht|Inizio messaggio inoltrato"
    r"|Begin doorgestuurd bericht|Start på videresendt besked|Vidarebefordrat brev"
    r"|Begynnelse på videresendt melding|Alkuperäinen viesti)\s*:",
    r"_{10,}\s*$",
)
# Outlook's header block: "From: …" followed within a few lines by "Sent: …".
_HEADER_BLOCK = (
    r"\*?(?:From|Von|De|Van|Da|Para|Fra|Från|Lähettäjä|Od)\s*:\*?[^\n]*\n"
    r"(?:[^\n]*\n){0,3}?"
    r"\*?(?:Sent|Gesendet|Envoyé|Enviado(?: el)?|Enviada|Verzonden|Inviato|Date"
    r"|Datum|Data|Sendt|Skickat|Lähetetty|Wysłano)\s*:"
)
_QUOTE_START = re.compile(
    r"^[ \t]*(?:" + "|".join((*_ATTRIBUTIONS, *_SEPARATORS, _HEADER_BLOCK)) + ")",
    re.MULTILINE | re.IGNORECASE,
)
# Danish, Swedish, Norwegian, Finnish and Polish clients start the line with the date,
# a weekday or the name: a line with a time or an address whose verb comes last
# before the colon ("Jeg skrev 3 punkter ned:" is the sender's own line). Searched only
# when the verb occurs (the scan of each line costs more than the rest).
_VERBS = ("skrev", "kirjoitti", "pisze", "napisał")
_VERB_ATTRIBUTION = re.compile(
    r"^[ \t]*(?=[^\n]*(?:\d[:.]\d\d|@))[^\n]{0,250}?"
    r"\b(?:skrev|kirjoitti|pisze|napisał\(a\)|napisała?)(?!\w)[^\n:]{0,120}:[ \t]*$",
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
