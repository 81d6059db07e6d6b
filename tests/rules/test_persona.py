"""persona.use_case_missing: executives expect a concrete use case first."""

from __future__ import annotations

import pytest

from models.domain import Verdict
from rules.catalogue.persona import UseCaseMissingParams, use_case_missing
from tests.rules.builders import (
    NOW,
    days,
    make_analysis,
    make_ctx,
    make_person,
    make_send,
    make_touch,
)


@pytest.mark.parametrize(
    ("person", "touches", "intents", "fires"),
    [
        pytest.param(
            make_person(persona="economic_buyer", title="CFO"),
            (),
            (),
            True,
            id="first touch to a CFO, no use case",
        ),
        pytest.param(
            make_person(persona="operations_leader"),
            (),
            (),
            True,
            id="executive persona in the framework",
        ),
        pytest.param(
            make_person(persona=None, title="VP Engineering"),
            (),
            (),
            True,
            id="executive by title",
        ),
        pytest.param(
            make_person(persona="economic_buyer"),
            (),
            ("use_case",),
            False,
            id="use case stated",
        ),
        pytest.param(
            make_person(persona="economic_buyer"),
            (make_touch(NOW - days(9)),),
            (),
            False,
            id="not the first touch",
        ),
        pytest.param(
            make_person(persona="technical_evaluator", title="Data engineer"),
            (),
            (),
            False,
            id="not an executive",
        ),
        pytest.param(
            make_person(persona=None, title="Service delivery lead"),
            (),
            (),
            False,
            id="'vp' inside a word does not count",
        ),
    ],
)
def test_use_case_missing(person, touches: tuple, intents: tuple, fires: bool) -> None:
    ctx = make_ctx(contact=person, touches=touches)
    found = use_case_missing(
        make_send(), ctx, make_analysis(intents=intents), UseCaseMissingParams()
    )
    assert bool(found) is fires
    assert all(f.verdict == Verdict.WARN for f in found)


def test_sentence_suggests_the_persona_needs() -> None:
    ctx = make_ctx(contact=make_person(persona="economic_buyer", title="CFO"))
    [finding] = use_case_missing(
        make_send(), ctx, make_analysis(), UseCaseMissingParams()
    )
    assert "Ada Lovelace (CFO)" in finding.message
    assert (
        "budget impact, return on investment, risk to the business" in finding.message
    )
