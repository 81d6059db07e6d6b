"""Focused cases for the general patterns behind the held-out fixes (test_heldout.py).

Each case is a way people write, not a message from the held-out files.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from guard.analysis.inbound.analyse import parse_inbound
from guard.analysis.inbound.classify import Message, greets_by_name
from guard.analysis.inbound.lexicon import fold, load_lexicon
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.outgoing.lexicon import expand, parts
from guard.analysis.text.dates import DateContext, find_dates, next_day_of_month

AUTO = {"Auto-Submitted": "auto-replied"}
FRI = datetime(2026, 1, 9, 9, 0, tzinfo=UTC)


def _mentions(text: str, languages: tuple[str, ...]) -> list[tuple[str, date | None]]:
    ctx = DateContext(anchor=FRI.date(), order=None, languages=languages)
    found = find_dates(text, fold(text), (0, len(text)), ctx, load_lexicon())
    return [(text[m.start : m.end], m.value) for m in found]


@pytest.mark.parametrize(
    ("text", "languages", "found"),
    [
        ("back on the 14th", ("en",), [("14th", date(2026, 1, 14))]),
        ("back on the 3rd", ("en",), [("3rd", date(2026, 2, 3))]),
        ("tillbaka den 14:e", ("sv",), [("14:e", date(2026, 1, 14))]),
        ("am 12. wieder da", ("de",), [("12.", date(2026, 1, 12))]),
        ("until Wed 1/14", ("en",), [("Wed 1/14", date(2026, 1, 14))]),
        ("bis Mi., 14.1.", ("de",), [("Mi., 14.1", date(2026, 1, 14))]),
        ("do piątku", ("pl",), [("piątku", date(2026, 1, 16))]),
        ("room 12, floor 5", ("en",), []),
    ],
    ids=[
        "ordinal",
        "ordinal next month",
        "swedish ordinal",
        "german day with article",
        "short weekday joins date",
        "dotted short weekday joins date",
        "polish genitive weekday",
        "bare numbers are no dates",
    ],
)
def test_date_forms(
    text: str, languages: tuple[str, ...], found: list[tuple[str, date | None]]
) -> None:
    assert _mentions(text, languages) == found


def test_day_of_month_is_strictly_after_anchor() -> None:
    assert next_day_of_month(date(2026, 1, 9), 9) == date(2026, 2, 9)
    assert next_day_of_month(date(2026, 1, 31), 31) == date(2026, 3, 31)


@pytest.mark.parametrize(
    ("body", "subject", "returns_on", "last_day_away"),
    [
        (
            "I'm on annual leave, returning Monday 19 January.",
            "Out of office",
            date(2026, 1, 19),
            None,
        ),
        (
            "Ich bin bis einschließlich 16. Januar im Urlaub und ab dem 19. Januar "
            "wieder im Büro.",
            "Abwesend",
            date(2026, 1, 19),
            date(2026, 1, 16),
        ),
        (
            "Jag är ledig t.o.m. 16 januari.",
            "Autosvar",
            date(2026, 1, 17),
            date(2026, 1, 16),
        ),
        ("Olen lomalla 16.1. asti.", "Lomalla", date(2026, 1, 16), None),
        (
            "Thank you for your email. The office is closed.",
            "OOO 12/01 - 16/01",
            date(2026, 1, 17),
            date(2026, 1, 16),
        ),
        (
            "Estoy fuera de la oficina y vuelvo el lunes 19 de enero.",
            "Respuesta automática",
            date(2026, 1, 19),
            None,
        ),
    ],
    ids=[
        "participle before the day",
        "explicit return keeps the stated last day",
        "abbreviation does not end the sentence",
        "finnish postposition",
        "subject settles day-first order",
        "spanish present tense",
    ],
)
def test_absence_dates(
    body: str, subject: str, returns_on: date, last_day_away: date | None
) -> None:
    result = parse_inbound(
        headers={**AUTO, "Subject": subject}, subject=subject, body=body, sent_at=FRI
    )
    assert result.kind == "ooo"
    assert (result.returns_on, result.last_day_away) == (returns_on, last_day_away)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Hola Ana, gracias. Esta semana estoy de viaje.", True),
        ("Hallo Herr Meier,\n\nich bin nächste Woche weg.", True),
        ("Thanks Jamie, I'm on leave until Monday.", True),
        ("Sehr geehrte Damen und Herren,\n\nich bin nicht im Büro.", False),
        ("Dear Valued Customer, our office is closed.", False),
        ("Hello, I am out of the office.", False),
        ("Hi all, I'm away next week.", False),
    ],
)
def test_greeting_by_name(body: str, named: bool) -> None:
    msg = Message(subject="", text=body, fsubject="", folded=fold(body))
    assert greets_by_name(msg, load_lexicon()) is named


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("AW: Angebot", "Hallo Frau Lang,\n\nich bin ab nächster Woche im Urlaub."),
        ("Re: Proposta", "Oi João, estou de férias até sexta, segunda a gente fala."),
        ("回复：方案", "王经理您好，我下周出差，回来后再约。"),
    ],
    ids=["inflected next week", "greeted by name", "time before the verb"],
)
def test_person_mentioning_a_holiday_is_human(subject: str, body: str) -> None:
    result = parse_inbound(headers={}, subject=subject, body=body, sent_at=FRI)
    assert result.kind == "human"


def test_escaped_question_mark_in_phrases_matches() -> None:
    assert expand("(chegou|chegou certinho)\\?") == ["chegou?", "chegou certinho?"]
    assert parts("(a|b) * \\?")[-1] == ["?"]


@pytest.mark.parametrize(
    ("lang", "body", "is_bump"),
    [
        (
            "de",
            "Hallo Herr Lehmann,\n\nkonnten Sie sich meinen Vorschlag schon "
            "anschauen?\n\nGrüße\nNora",
            True,
        ),
        (
            "es",
            "Hola Carmen,\n\n¿Pudiste ver mi propuesta?\n\nSaludos\nElena",
            True,
        ),
        (
            "nl",
            "Hoi Joost,\n\nHeb je mijn offerte al kunnen bekijken?\n\nGroet\nFleur",
            True,
        ),
        (
            "pt",
            "Oi Pedro,\n\nConforme conversamos, nossa plataforma ajuda empresas a "
            "vender mais. Sem pressão, podemos agendar uma reunião?\n\nLucas",
            True,
        ),
        (
            "de",
            "Hallo Jan,\n\nhaben Sie meine Mail gesehen? Hier nochmal die "
            "Kurzversion:\n\n- Analyse in 24h\n- Konkurrenzvergleich\n- Plan\n\nGrüße",
            True,
        ),
        (
            "en",
            "Hi Rachel,\n\nQuick follow-up with the numbers you asked for: teams "
            "cut handling time from 7.5 to 4.9 minutes. Full breakdown attached.",
            False,
        ),
        (
            "it",
            "Buongiorno,\n\nle riscrivo per condividere un dato: un cliente ha "
            "ridotto i fermi del 27 % in quattro mesi. In allegato il report.",
            False,
        ),
    ],
    ids=[
        "question about own proposal de",
        "question about own proposal es",
        "question about own quote nl",
        "restating pitch with meeting ask",
        "restated short version is no gift",
        "follow-up that answers",
        "follow-up that shares",
    ],
)
def test_bump_patterns(lang: str, body: str, is_bump: bool) -> None:
    assert analyse_outgoing(subject="", body=body, language=lang).is_bump is is_bump
