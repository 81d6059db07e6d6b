"""Quoted history and signature stripping keep offsets into the full body."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guard.analysis.text import prepare
from guard.analysis.text_quotes import find_quote_start


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
    ],
)
def test_attribution_lines_start_history(attribution: str) -> None:
    own = "Hi,\n\nany thoughts?\n\n"
    assert find_quote_start(own + attribution + "\n> old text\n") == len(own)


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
