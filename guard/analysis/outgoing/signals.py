"""Value signals: template slots, concrete numbers, greetings.

Template slots are judged by what they declare (corpora README): `{new_case_study}`
promises new value, `{value_reminder}` a restatement, `{first_name}` nothing.
"""

from __future__ import annotations

import re

from guard.analysis.text.lexicon import alternatives

SLOT = re.compile(r"\{[^{}\n]{1,120}\}")
_RESTATING_SLOT = re.compile(
    r"remind|recordatorio|rappel|erinnerung|lembrete|herinnering|promemoria"
    r"|value.?prop|proposta de valor|propuesta de valor|proposition de valeur"
    r"|wertversprechen|waardepropositie|restat|brief.?topic|topic.?summary"
    r"|original|same|again|previous|earlier|anterior|précédent",
    re.IGNORECASE,
)
_VALUE_SLOT = re.compile(
    r"case|stud|stat(?!us)|result|resultad|résultat|ergebnis|resultaat|risultat"
    r"|insight|resource|recurso|ressource|report|relat[óo]rio|rapport|bericht"
    r"|answer|respuesta|resposta|antwort|réponse|antwoord|risposta"
    r"|update|new|nuev|nouv|novo|nova|neu|nieuw|improvement|feature|funcionalidad"
    r"|example|exemple|ejemplo|exemplo|beispiel|voorbeeld|esempio|story|testimon"
    r"|témoignage|depoimento|tip|trigger|gatilho|analys|análisis|análise|observa"
    r"|development|finding|benchmark|guide|guia|checklist|article|artigo|artículo"
    r"|podcast|webinar|value.?point|valuable|implica|solution.?hint|why.?it"
    r"|detailed|specific.?value|metric|métrica|roi|savings|ahorro|economia"
    r"|material|video|vídeo|demo(?!.?link)",
    re.IGNORECASE,
)
_LINK_SLOT = re.compile(
    r"link|url|lien|enlace|website|site|loom|pdf|download|attach|anexo|adjunt",
    re.IGNORECASE,
)
_BOOKING_SLOT = re.compile(
    r"calend|booking|book|agend|termin|schedul|meeting.?link|rdv|cita|afspraak",
    re.IGNORECASE,
)
_UNITS = (
    r"hours?|hrs?|h|days?|weeks?|months?|minutes?|mins?|stunden|std|tage?|wochen"
    r"|monate?|minuten|heures?|jours?|semaines?|mois|horas?|días?|dias?|semanas?"
    r"|meses|minutos?|uur|uren|dagen|weken|maanden|minuten|ore|giorni|settimane"
    r"|mesi|minuti|leads?|deals?|clients?|customers?|kunden|clientes|klanten"
    r"|meetings?|calls?|demos?|reps?|hires?|users?|tickets?|orders?"
)
# Every unit starts with one of these letters: a look at the next character spares
# trying ~90 alternatives after each number that no unit follows.
_UNIT = rf"(?=[{''.join(sorted({u[0] for u in _UNITS.split('|')}))}])(?:{_UNITS})"


class _Caseless:
    """A case-insensitive regex search, 2-3x faster on ASCII text (most English mail).

    On ASCII text, ignoring case is the same as lower-casing the text first, and a
    case-sensitive pattern lets sre skip alternatives by their first letter, which it
    cannot do under IGNORECASE. So the pattern's letters must be lower case.
    """

    def __init__(self, pattern: str) -> None:
        self._any_case = re.compile(pattern, re.IGNORECASE)
        self._lower_case = re.compile(pattern)

    def search(self, text: str) -> bool:
        """Whether the pattern occurs in `text`, in any case."""
        if text.isascii():
            return self._lower_case.search(text.lower()) is not None
        return self._any_case.search(text) is not None


# Concrete figures: 40%, $400K, 3x, "7.2 → 2.8", "from 90 days to 51", "12 hours/week".
NUMERIC_RESULT = _Caseless(
    r"\d[\d.,]*\s?(?:%|x\b|×|[km]\b|€|\$|£|/\s?\w)"
    r"|[$€£]\s?\d"
    r"|\d[\d.,]*\s?(?:" + _UNIT + r")?\s*(?:→|->|=>)\s*\d"
    r"|\b(?:from|von|de|van|da)\s+\d[\d.,]*\s*(?:" + _UNIT + r")?\s+"
    r"(?:to|auf|zu|à|a|para|naar|tot)\s+\d"
    r"|\d[\d.,]*\s?" + _UNIT + r"\s?(?:/|per|pro|par|por|al|a|op)\s?"
    r"(?:week|day|month|year|tag|woche|monat|jahr|jour|semaine|mois|an|día|semana"
    r"|mes|año|dia|mês|ano|dag|maand|jaar|giorno|settimana|mese|anno|rep|user)"
)
_DIGIT = re.compile(r"\d")
# The greeting line: every language's greetings (rules/lexicon/<lang>/text.yaml), in
# folder order. No greeting is another's start followed by a word boundary, so at most
# one matches at a place and the order cannot change where the match ends.
GREETING = re.compile(
    rf"^[ \t]*(?:(?:{alternatives('greetings')})\b"
    # the name, up to a spaced dash: "Hi Priya - just wanted to …" goes on as a sentence
    r"(?:(?![ \t][-–—][ \t])[^\n,!]){0,60}[,!]?"
    r"|\{[^{}\n]{1,40}\}[ \t]*(?:,|--|—|–|:)|\{[^{}\n]{1,40}\}[ \t]*$)",
    re.IGNORECASE | re.MULTILINE,
)
CASE_SUBJECT = _Caseless(
    r"\{[^{}]*(?:customer|client|similar|cliente|kunde|klant|reference|company_size)"
    r"[^{}]*\}|\b(?:customer|client|cliente|kunde|klant|commercialista|team at)\b"
)


def slot_kind(slot: str) -> str:
    """'restate', 'booking', 'value', 'link' or 'plain' for one `{slot}`."""
    name = slot.strip("{}")
    if _RESTATING_SLOT.search(name):
        return "restate"
    if _BOOKING_SLOT.search(name):
        return "booking"
    if _VALUE_SLOT.search(name):
        return "value"
    if _LINK_SLOT.search(name):
        return "link"
    return "plain"


def slot_kinds(text: str) -> list[str]:
    if "{" not in text:  # most sentences: no slot, no regex scan
        return []
    return [slot_kind(m.group()) for m in SLOT.finditer(text)]


_NUMBER = re.compile(r"\d[\d.,]*")
_CURRENCY = "$€£"


def has_numeric_result(text: str) -> bool:
    """Whether NUMERIC_RESULT occurs in `text` (template slots ignored).

    Every branch of the pattern starts at a few places only, all found from the
    numbers: at the first digit of a run of digits, dots and commas (a match starting
    at a later digit of the run also matches from its first), one or two characters
    before such a digit (a currency sign), or at the word before the spaces before
    one ("from 90 …"). Trying the pattern there alone gives what a search gives, and
    spares sre trying five branches at every character (~0.08 ms per mail).
    """
    # Every NUMERIC_RESULT branch needs a digit: skip the long scan without one.
    if not _DIGIT.search(text):
        return False
    text = SLOT.sub(" ", text)
    if text.isascii():
        text, pattern = text.lower(), NUMERIC_RESULT._lower_case
    else:
        pattern = NUMERIC_RESULT._any_case
    match = pattern.match
    for number in _NUMBER.finditer(text):
        at = number.start()
        if match(text, at):
            return True
        for back in (1, 2):
            if at >= back and text[at - back] in _CURRENCY and match(text, at - back):
                return True
        space = at
        while space > 0 and text[space - 1].isspace():
            space -= 1
        if space < at:
            for length in (2, 3, 4):  # de, da; von, van; from
                if space >= length and match(text, space - length):
                    return True
    return False
