"""Quoted history and signature stripping keep offsets into the full body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guard.analysis.text.prepare import prepare
from guard.analysis.text.quotes import find_quote_start


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 3 Nov 2025 at 10:00, Ann <a@x.com> wrote:",
        "-----Original Message-----",
        "Le lun. 3 nov. 2025 à 10:00, Ann <a@x.com> a écrit :",
        "El lun, 3 nov 2025 a las 10:00, Ann (<a@x.com>) escribió:",
        "Op ma 3 nov. 2025 om 10:00 schreef Ann <a@x.com>:",
        "Em seg., 3 de nov. de 2025 às 10:00, Ann <a@x.com> escreveu:",
        "Il giorno lun 3 nov 2025 alle ore 10:00 Ann <a@x.com> ha scritto:",
        "Am 03.11.2025 um 10:00 schrieb Ann <a@x.com>:",
        "---------- Forwarded message ---------",
        "In data 3 nov 2025, alle 10:00, Ann <a@x.com> ha scritto:",
        "No dia 3 de nov. de 2025, às 10:00, Ann <a@x.com> escreveu:",
        "Den man. 3. nov. 2025 kl. 10.00 skrev Ann <a@x.com>:",
        "3 nov. 2025 kl. 10:00 skrev Ann Berg <ann.berg@example.se>:",
        "Den 03.11.2025 kl. 10:00 skrev Ann Hansen:",
        "Ann <a@x.com> kirjoitti ma 3.11.2025 klo 10.00:",
        "3.11.2025 klo 10.00 Ann Virtanen kirjoitti:",
        "W dniu pon., 3 lis 2025 10:00 Ann <a@x.com> napisał(a):",
        "W dniu 03.11.2025 o 10:00, Ann pisze:",
    ],
)
def test_attribution_lines_start_history(attribution: str) -> None:
    own = "Hi,\n\nany thoughts?\n\n"
    assert find_quote_start(own + attribution + "\n> old text\n") == len(own)


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Videresendt besked ---------",
        "---------- Vidarebefordrat meddelande ---------",
        "---------- Videresendt melding ---------",
        "---------- Välitetty viesti ---------",
        "---------- Przekazana wiadomość ---------",
        "-------- Wiadomość oryginalna --------",
        "Início da mensagem reencaminhada:",
        "Inizio messaggio inoltrato:",
        "Alkuperäinen viesti:",
        "De: Diego Castro <diego@example.es>\nEnviado el: 23/08/2026 14:39",
        "Från: Elin Lindqvist <elin@example.se>\nSkickat: den 3 november 2025 10:00",
        "Od: Anna Nowak <anna@example.pl>\nWysłano: 3 listopada 2025 10:00",
    ],
)
def test_forwarded_history_without_quote_marks_is_history(marker: str) -> None:
    """A forwarded first mail has no ">" lines: only the marker says where it starts."""
    own = "Hola,\n\nte lo reenvío por si se te pasó.\n\n"
    assert find_quote_start(own + marker + "\n\nThe old mail, unquoted.\n") == len(own)


def test_a_line_that_mentions_writing_is_own_text() -> None:
    text = "Hej Ann,\n\nJeg skrev 3 punkter ned:\n- pris\n- plan\n\nMvh Sam\n"
    assert find_quote_start(text) == len(text)


def test_analysed_copy_keeps_length_and_offsets() -> None:
    body = "Hi Ann,\n\nI’ve attached it.\n\nBest,\nSam\nCEO, Seller\n\n> old quote\n"
    prepared = prepare(body)
    assert len(prepared.analysed) == len(prepared.text)
    start = body.index("attached")
    assert prepared.analysed[start : start + 8] == "attached"
    assert "CEO" not in prepared.new_text and "old quote" not in prepared.new_text
    assert "I’ve attached it." in prepared.new_text


def test_postscript_after_signature_is_own_text() -> None:
    prepared = prepare(
        "Hi,\n\nShort note.\n\nBest,\nSam\n\nP.S. The report is attached."
    )
    assert "P.S. The report is attached." in prepared.new_text


@given(st.text(max_size=300))
def test_any_text_keeps_same_length(text: str) -> None:
    prepared = prepare(text)
    assert len(prepared.analysed) == len(prepared.text)
