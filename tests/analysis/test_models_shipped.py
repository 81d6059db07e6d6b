"""The shipped models are the ones their training data gives (issue 12 §1)."""

from __future__ import annotations

import json

import pytest

from guard.analysis.model import train_bump
from guard.analysis.model.data import training_digest, training_files
from guard.analysis.model.linear import load_model
from guard.analysis.model.status import MODELS


@pytest.mark.parametrize(("name", "kind"), MODELS.items())
def test_shipped_model_matches_its_training_data(name: str, kind: str) -> None:
    if not training_files(kind):
        pytest.skip(f"no rules/training/{kind} here")
    model = load_model(name)
    assert model is not None, f"no {name} model shipped: run `guard model train`"
    assert model.meta["training_digest"] == training_digest(kind), (
        f"the {name} model was trained on other data: run `guard model train`"
    )


def _items() -> list[dict]:
    bumps = [
        "Did this get buried?",
        "Any update on my last note?",
        "Just bumping this up.",
        "Circling back on the proposal, thoughts?",
    ]
    values = [
        "Our benchmark of 40 banks shows drop-off falling from 38% to 9%.",
        "Here is the case study you asked for: https://example.com/case",
        "Thanks for the call; the security questionnaire is attached.",
        "Ravi at Northwind cut onboarding time by 12 days with the API.",
    ]
    items = []
    for n in range(3):
        for i, body in enumerate(bumps):
            items.append({"id": f"b{n}{i}", "core": f"b{i}", "language": "en",
                          "subject": "Re: proposal", "body": f"Hi Ada,\n\n{body}",
                          "label": "bump", "kind": "nudge"})  # fmt: skip
        for i, body in enumerate(values):
            items.append({"id": f"v{n}{i}", "core": f"v{i}", "language": "en",
                          "subject": "Benchmark", "body": f"Hi Ada,\n\n{body}",
                          "label": "not_bump", "kind": "value_follow_up"})  # fmt: skip
    return items


def test_training_rebuilds_the_model_byte_for_byte(tmp_path) -> None:
    folder = tmp_path / "outgoing"
    folder.mkdir()
    lines = "".join(json.dumps(item) + "\n" for item in _items())
    (folder / "en.jsonl").write_text(lines, encoding="utf-8")
    first, second = train_bump.train(tmp_path), train_bump.train(tmp_path)
    assert first == second
    document = json.loads(first)
    assert document["meta"]["training_digest"] == training_digest("outgoing", tmp_path)
    assert document["id"].startswith("bump-")
