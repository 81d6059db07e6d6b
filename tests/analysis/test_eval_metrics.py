"""The evaluator's figures (issue 12): precision is undefined, not 1.0, when nothing
was flagged, and recall is gated per language."""

from __future__ import annotations

import numpy as np

from bench.eval.bump import Report, format_report
from bench.eval.crossval import per_kind
from bench.eval.metrics import Counts, rate, recall_gate


def _counts(*pairs: tuple[bool, bool]) -> Counts:
    c = Counts()
    for actual, predicted in pairs:
        c.add(actual=actual, predicted=predicted)
    return c


def test_nothing_flagged_has_no_precision_and_shows_n_a() -> None:
    missed_all = _counts((True, False), (True, False), (False, False))
    assert missed_all.precision is None
    assert missed_all.recall == 0.0
    assert missed_all.f1 is None
    assert rate(missed_all.precision).strip() == "n/a"


def test_a_language_below_the_gate_fails_it_whatever_the_average() -> None:
    english = _counts(*[(True, True)] * 18, (False, False))
    spanish = _counts((True, True), (True, True), (True, True), (True, False))  # 0.75
    finnish = _counts((False, False), (False, True))  # no bumps: recall unmeasured
    overall = _counts(*[(True, True)] * 21, (True, False))
    assert overall.recall is not None and overall.recall > 0.85
    gate = recall_gate({"en": english, "es": spanish, "fi": finnish})
    assert gate == ["es", "fi"]


def test_the_report_names_the_languages_that_fail_the_gate() -> None:
    report = Report()
    for lang, pairs in {
        "en": [(True, True)] * 9,
        "es": [(True, True), (True, False), (False, False)],
    }.items():
        for actual, predicted in pairs:
            for c in (report.overall, report.by_language[lang], report.by_kind["k"]):
                c.add(actual=actual, predicted=predicted)
    text = format_report(report)
    assert "recall gate (>= 0.85 per supported language): es" in text


def test_unsupported_languages_are_reported_but_not_gated() -> None:
    report = Report()
    for lang, pairs in {"en": [(True, True)] * 9, "sw": [(True, False)] * 3}.items():
        for actual, predicted in pairs:
            for c in (report.overall, report.by_language[lang], report.by_kind["k"]):
                c.add(actual=actual, predicted=predicted)
    text = format_report(report)
    assert "recall gate (>= 0.85 per supported language): passed" in text
    assert "not gated (unsupported, answered language_unsupported): sw" in text


def test_cross_validation_counts_each_kind_once() -> None:
    y = np.array([0, 0, 0, 1, 2])
    predicted = np.array([0, 1, 0, 1, 2])
    rows = per_kind(["ooo", "human", "bounce"], y, predicted)
    assert [(name, n) for name, n, _ in rows] == [
        ("ooo", 3),
        ("human", 1),
        ("bounce", 1),
    ]
    assert sum(n for _, n, _ in rows) == len(y)
