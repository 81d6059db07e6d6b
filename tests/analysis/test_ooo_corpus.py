"""The inbound parser meets the acceptance thresholds on the shared ooo corpus."""

from __future__ import annotations

import pytest

from bench.eval.corpus import load_corpus
from bench.eval.ooo import CORPUS, Report, evaluate

pytestmark = pytest.mark.skipif(
    not CORPUS.exists(), reason=f"shared corpus not found at {CORPUS}"
)


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_corpus(CORPUS))


def test_ooo_precision_and_recall(report: Report) -> None:
    assert report.overall.precision >= 0.97, report.overall.misses
    assert report.overall.recall >= 0.90, report.overall.misses


def test_returns_on_exact(report: Report) -> None:
    assert report.overall.exact_rate >= 0.85, report.overall.misses


def test_returns_on_within_one_day(report: Report) -> None:
    assert report.overall.within_one_rate >= 0.95, report.overall.misses


def test_report_is_printable(report: Report) -> None:
    from bench.eval.ooo import format_report

    assert format_report(report).splitlines()[1].startswith("all")
