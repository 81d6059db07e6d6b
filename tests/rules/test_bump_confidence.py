"""bump.premature uses the model's calibrated probability honestly (issue 12):
a confident bump is rewritten as before, an unsure one only warns, and a message in a
language the model does not know gets a low-severity note, not silence."""

from __future__ import annotations

from models.domain import Verdict
from rules.catalogue.bump import BumpPrematureParams, bump_premature
from tests.rules.builders import at, make_analysis, make_ctx, make_send, make_touch

TEXT = "Hi Ada, any news on the proposal?"
# Two business days after Thursday's unanswered email: too soon for a bump.
TOUCHES = (make_touch(at("2025-11-20")),)
PLANNED = at("2025-11-24")


def _findings(**analysis: object) -> list:
    return bump_premature(
        make_send(planned_at=PLANNED),
        make_ctx(touches=TOUCHES),
        make_analysis(TEXT, **analysis),
        BumpPrematureParams(),
    )


def test_a_confident_bump_is_rewritten() -> None:
    (finding,) = _findings(is_bump=True, bump_probability=0.97)
    assert finding.verdict is Verdict.REWRITE and finding.severity == "high"


def test_an_unsure_bump_warns_and_does_not_block() -> None:
    (finding,) = _findings(is_bump=True, bump_probability=0.6)
    assert finding.verdict is Verdict.WARN
    assert "may be a bump" in finding.message and "60%" in finding.message


def test_just_below_the_threshold_still_warns() -> None:
    (finding,) = _findings(is_bump=False, bump_probability=0.4)
    assert finding.verdict is Verdict.WARN


def test_clearly_not_a_bump_says_nothing() -> None:
    assert _findings(is_bump=False, bump_probability=0.1) == []


def test_the_band_is_configurable() -> None:
    (finding,) = bump_premature(
        make_send(planned_at=PLANNED),
        make_ctx(touches=TOUCHES),
        make_analysis(TEXT, is_bump=True, bump_probability=0.6),
        BumpPrematureParams(confident_bump=0.5),
    )
    assert finding.verdict is Verdict.REWRITE


def test_an_unsupported_language_gets_a_low_severity_note() -> None:
    (finding,) = _findings(is_bump=False, language="cs", language_unsupported=True)
    assert finding.verdict is Verdict.WARN and finding.severity == "low"
    assert "language it does not know (cs)" in finding.message
