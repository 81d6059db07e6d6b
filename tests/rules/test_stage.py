"""stage.premature_ask, driven only by the framework's stage × intent matrix."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from models.domain import Verdict
from rules.catalogue.stage import StagePrematureAskParams, premature_ask
from rules.engine.evaluate import evaluate
from rules.engine.framework import FRAMEWORK_PATH
from rules.engine.packs import load_pack
from tests.rules.builders import (
    NOW,
    days,
    make_analysis,
    make_ctx,
    make_person,
    make_reply,
    make_send,
)

REPLIED = (make_reply(NOW - days(5)),)


@pytest.mark.parametrize(
    ("stage", "intents", "inbound", "expected"),
    [
        pytest.param(
            "lead", ("pricing",), (), [Verdict.REWRITE], id="pricing to a lead"
        ),
        pytest.param(
            "sql",
            ("contract",),
            (),
            [Verdict.REWRITE],
            id="contract before opportunity",
        ),
        pytest.param("opportunity", ("pricing",), (), [], id="pricing at opportunity"),
        pytest.param(
            "prospect_1",
            ("meeting_request",),
            (),
            [Verdict.REWRITE],
            id="meeting push before any reply",
        ),
        pytest.param(
            "prospect_1",
            ("meeting_request",),
            REPLIED,
            [],
            id="meeting request after a reply",
        ),
        pytest.param(
            "customer_adoption",
            ("intro",),
            (),
            [Verdict.WARN],
            id="cold intro to a customer",
        ),
        pytest.param(
            "lead",
            ("pricing", "contract"),
            (),
            [Verdict.REWRITE, Verdict.REWRITE],
            id="two premature asks",
        ),
        pytest.param(
            "made_up_stage", ("pricing",), (), [], id="stage unknown to the framework"
        ),
    ],
)
def test_premature_ask(
    stage: str, intents: tuple, inbound: tuple, expected: list
) -> None:
    ctx = make_ctx(contact=make_person(stage=stage), inbound=inbound)
    found = premature_ask(
        make_send(), ctx, make_analysis(intents=intents), StagePrematureAskParams()
    )
    assert [f.verdict for f in found] == expected


def test_sentence_names_stage_and_when_it_is_allowed() -> None:
    ctx = make_ctx(contact=make_person(stage="sql"))
    [finding] = premature_ask(
        make_send(), ctx, make_analysis(intents=("pricing",)), StagePrematureAskParams()
    )
    assert finding.message == (
        "Ada Lovelace is at stage Sales qualified lead "
        "(busy with requirements building); "
        "'Pricing' is premature until Opportunity. Answer their current job first."
        ' It says "Hi Ada, here is our ".'
    )
    assert finding.evidence[-1].text == "framework matrix: sql × pricing = premature"


def test_pack_can_soften_premature_to_warn() -> None:
    params = StagePrematureAskParams(premature_verdict="warn")
    ctx = make_ctx(contact=make_person(stage="lead"))
    [finding] = premature_ask(
        make_send(), ctx, make_analysis(intents=("pricing",)), params
    )
    assert finding.verdict == Verdict.WARN


def test_editing_a_copy_of_the_matrix_changes_decisions(tmp_path: Path) -> None:
    data = yaml.safe_load(FRAMEWORK_PATH.read_text())
    data["matrix"]["opportunity"] = {
        "pricing": "premature",
        "post_sale": "inappropriate",
    }
    data["matrix"]["sql"] = {}  # pricing now fine at SQL
    copy = tmp_path / "framework.yaml"
    copy.write_text(yaml.safe_dump(data, sort_keys=False))
    default, edited = load_pack(), load_pack(framework_path=copy)
    assert default.revision != edited.revision
    analysis = make_analysis(intents=("pricing",))

    def fired(pack, stage: str) -> bool:
        ctx = make_ctx(contact=make_person(stage=stage))
        return "stage.premature_ask" in {
            f.rule for f in evaluate(pack, make_send(), ctx, analysis)
        }

    assert (fired(default, "sql"), fired(default, "opportunity")) == (True, False)
    assert (fired(edited, "sql"), fired(edited, "opportunity")) == (False, True)


def test_sentence_quotes_the_words_that_made_the_ask() -> None:
    ctx = make_ctx(contact=make_person(stage="lead"))
    text = "Our pricing starts at 20,000 EUR a year."
    analysis = make_analysis(text, intents=("pricing",))
    [finding] = premature_ask(make_send(), ctx, analysis, StagePrematureAskParams())
    assert finding.message.endswith(f' It says "{text[:20]}".')
