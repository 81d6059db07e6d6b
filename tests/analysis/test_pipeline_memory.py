"""A long-running worker's pipeline stops growing once it has learnt enough words."""

from __future__ import annotations

import pytest

from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.text import pipeline

MAIL = (
    "Hi {name},\n\nFollowing up on my note about {name}'s rollout: the guide is at "
    "https://content.example.com/{name}/{n} and ticket {n} tracks it. "
    "Any thoughts?\n\nBest,\nSam"
)


def _mail(n: int) -> str:
    # A new name, address and figure each time, as real traffic has.
    name = f"Zq{n:05d}x"
    return MAIL.format(name=name, n=n * 7919)


def test_past_the_ceiling_new_words_are_forgotten_and_answers_stay_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = pipeline.get_pipeline("en")
    before = [analyse_outgoing(subject="Re: rollout", body=_mail(n)) for n in range(5)]
    monkeypatch.setattr(pipeline, "VOCAB_CEILING", len(nlp.vocab))
    for n in range(10, 300):
        analyse_outgoing(subject="Re: rollout", body=_mail(n))
    forgotten = ("Zq00010x", "Zq00299x", str(299 * 7919))
    assert not any(word in nlp.vocab or word in nlp.vocab.strings for word in forgotten)
    after = [analyse_outgoing(subject="Re: rollout", body=_mail(n)) for n in range(5)]
    assert after == before


def test_below_the_ceiling_the_pipeline_learns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = pipeline.get_pipeline("en")
    # Other tests in this process may have taught the pipelines many words already.
    learnt = sum(len(p.vocab) for p in pipeline._PIPELINES.values())
    monkeypatch.setattr(pipeline, "VOCAB_CEILING", learnt + 1_000)
    analyse_outgoing(subject="Re: rollout", body=_mail(99_998))
    assert "Zq99998x" in nlp.vocab


def test_the_ceiling_counts_every_languages_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Twelve pipelines each learning up to a ceiling of its own would pass the
    worker's memory budget: English stops learning once the pipelines together reach
    it, however few words English itself holds."""
    nlp = pipeline.get_pipeline("en")
    pipeline.get_pipeline("nl")  # ~9,000 words of its own
    together = sum(len(p.vocab) for p in pipeline._PIPELINES.values())
    monkeypatch.setattr(pipeline, "VOCAB_CEILING", together - 1)
    assert len(nlp.vocab) < together - 1
    analyse_outgoing(subject="Re: rollout", body=_mail(77_777))
    assert "Zq77777x" not in nlp.vocab
