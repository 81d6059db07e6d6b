"""Structural bump cues: a reply-chain subject over a bare ask, and asking what the
reader made of the earlier message. Wording here is not in the lexicons verbatim."""

from __future__ import annotations

import pytest

from guard.analysis.outgoing.analyse import analyse_outgoing


@pytest.mark.parametrize(
    ("lang", "subject", "body", "is_bump"),
    [
        # Re: chain + only a meeting ask with a booking link: logistics, nothing new.
        (
            "es",
            "Re: Re: Demo",
            "Hola Ana,\n\n¿Le vendría bien una llamada de 15 minutos el lunes? "
            "Puede reservar aquí: https://calendly.com/x\n\nSaludos,\nLuis",
            True,
        ),
        # The same bare ask without a reply chain: the training data (issue 12) calls
        # a meeting ask that brings nothing a scheduling push, a kind of bump. As a
        # first touch it costs nothing: bump.premature acts only after an unanswered
        # touch (tests/rules cover that), and the analysis cannot see the history.
        (
            "es",
            "Demo",
            "Hola Ana,\n\n¿Le vendría bien una llamada de 15 minutos el lunes?"
            "\n\nSaludos,\nLuis",
            True,
        ),
        # Naming the proposal in a statement that adds something is no ask.
        (
            "en",
            "Re: Proposal",
            "Hi Owen,\n\nA small addition to the proposal: we now support SAP "
            "out of the box, so no extra connector is needed.\n\nKim",
            False,
        ),
        # Opinion on the sender's own offer, asked in a question.
        (
            "de",
            "Angebot",
            "Hallo Herr Roth,\n\nhaben Sie schon eine Einschätzung zu unserem "
            "Angebot?\n\nGruß\nEva",
            True,
        ),
        # A nudge that carries figures and the report is a value follow-up.
        (
            "en",
            "Re: Churn",
            "Hi Sam,\n\nFollowing up with something new: churn fell from 8% to 5% "
            "in a 40-seat pilot. The full write-up: https://example.com/r\n\nNina",
            False,
        ),
    ],
)
def test_structural_bump_cues(
    lang: str, subject: str, body: str, is_bump: bool
) -> None:
    result = analyse_outgoing(subject=subject, body=body, language=lang)
    assert result.is_bump is is_bump
