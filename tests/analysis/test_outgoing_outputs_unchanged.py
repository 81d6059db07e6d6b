"""The outgoing analysis answers exactly what it answered when the outputs were
recorded (tests/analysis/outgoing_outputs.py): speed-ups change no verdict, no
probability (to 1e-9), no span, no feature the model is trained on."""

from __future__ import annotations

import json

import pytest

from tests.analysis.outgoing_outputs import RECORDED, outputs, sources


def test_outputs_on_the_projects_own_data_are_unchanged() -> None:
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    if recorded["sources"] != sources():
        pytest.skip(
            "the bump model or its data changed since the outputs were recorded: "
            "re-record with `python -m tests.analysis.outgoing_outputs` on the "
            "commit before a speed-up, then check it after"
        )
    now = outputs()
    assert now["ids"] == recorded["ids"]
    changed = [
        i
        for i, (a, b) in enumerate(
            zip(now["analyses"], recorded["analyses"], strict=True)
        )
        if a != b
    ]
    assert not changed, [recorded["ids"][i] for i in changed[:20]]
    for i, (p, q) in enumerate(
        zip(now["probabilities"], recorded["probabilities"], strict=True)
    ):
        assert (p is None) == (q is None), recorded["ids"][i]
        if p is not None:
            assert abs(p - q) <= 1e-9, (recorded["ids"][i], p, q)
    features = [
        recorded["ids"][i]
        for i, (a, b) in enumerate(
            zip(now["features"], recorded["features"], strict=True)
        )
        if a != b
    ]
    assert not features, features[:20]
