"""The bump classifier meets the issue's acceptance thresholds on the shared corpus."""

from __future__ import annotations

import pytest

from bench.eval.bump import Report, evaluate
from bench.eval.corpus import corpus_path, load_corpus

CORPUS = corpus_path("bump")
GATED_LANGUAGES = ("en", "de", "fr", "es", "pt")

pytestmark = pytest.mark.skipif(
    not CORPUS.exists(), reason=f"shared corpus not found at {CORPUS.resolve()}"
)


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(load_corpus(CORPUS))


def test_overall_precision_and_recall(report: Report) -> None:
    assert report.overall.precision >= 0.90, report.errors
    assert report.overall.recall >= 0.85, report.errors


@pytest.mark.parametrize("lang", GATED_LANGUAGES)
def test_precision_per_language(report: Report, lang: str) -> None:
    assert report.by_language[lang].precision >= 0.85, report.errors
