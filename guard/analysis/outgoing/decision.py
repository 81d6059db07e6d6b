"""The bump decision: the learned model's calibrated probability, with evidence.

The lexicon still finds the phrases (evidence, and features of the model); whether a
send is a bump is the model's call at its calibrated threshold (docs/analysis.md). Spans
from the word n-grams that pushed hardest towards "bump" join the lexicon's, so a
manager sees why even when no listed phrase matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from guard.analysis.model.bump_features import (
    Features,
    Ngrams,
    Structure,
    Vector,
    bump_features,
    bump_vector,
    ngrams,
)
from guard.analysis.model.hashing import distinct
from guard.analysis.model.linear import LinearModel, load_model
from guard.analysis.outgoing.components import Cue, TokenTable
from guard.analysis.outgoing.links import FoundLink
from guard.analysis.outgoing.signals import has_numeric_result
from guard.analysis.outgoing.value import NUDGE, Sentence, Verdict
from guard.analysis.text.prepare import PreparedText
from models.domain import Span

BUMP_MODEL = "bump"
# Used when no model is shipped (a fresh checkout before `guard model train`).
LEXICON_ONLY = "lexicon"
# An unrendered sequence template ("Hi {first_name}, …"). The model learnt from
# rendered mail only; on templates the lexicon, written and measured on them
# (../shared/corpora), decides, and the check records "lexicon" as the model.
TEMPLATE_SLOT = re.compile(r"\{\{?\s*[A-Za-z_][\w.\- ]{0,60}\}\}?")
# The n-grams shown as evidence: the strongest few, and only clear pushes.
_EVIDENCE_NGRAMS = 3
_MIN_CONTRIBUTION = 0.4


@dataclass(frozen=True, slots=True)
class Reading:
    """What the outgoing analysis read off a send before deciding."""

    language: str
    supported: bool
    prepared: PreparedText
    table: TokenTable
    subject_table: TokenTable
    cues: tuple[Cue, ...]
    subject_cues: list[Cue]
    sentences: list[Sentence]
    verdict: Verdict  # the lexicon's own verdict (a feature)
    links: list[FoundLink]
    own_links: list[FoundLink]
    greeting: tuple[int, int] | None
    signoff: tuple[int, int] | None
    subject: str


@dataclass(frozen=True, slots=True)
class BumpDecision:
    is_bump: bool
    probability: float | None
    model_id: str
    spans: list[Span]


def reading_features(reading: Reading) -> Features:
    """The model's features of one reading (training, and a bump's evidence)."""
    return bump_features(*_feature_inputs(reading))


def _feature_inputs(
    reading: Reading,
) -> tuple[str, TokenTable, TokenTable, tuple[Cue, ...], list[Cue], Structure]:
    sentences = reading.sentences
    nudge_at = next((i for i, s in enumerate(sentences) if s.labels & NUDGE), None)
    structure = Structure(
        subject=reading.subject,
        quoted_history=reading.prepared.quoted,
        new_links=sum(1 for link in reading.own_links if not link.scheduling),
        scheduling_links=sum(1 for link in reading.own_links if link.scheduling),
        figures=bool(has_numeric_result(reading.prepared.new_text)),
        sentences=len(sentences),
        questions=sum(1 for s in sentences if s.text.rstrip().endswith(("?", "？"))),
        lexicon_bump=reading.verdict.is_bump,
        value=reading.verdict.value,
        nudges=reading.verdict.nudges,
        soft=reading.verdict.soft,
        nudge_position=None
        if nudge_at is None
        else nudge_at / max(len(sentences) - 1, 1),
        language=reading.language,
    )
    return (
        reading.prepared.analysed,
        reading.table,
        reading.subject_table,
        reading.cues,
        reading.subject_cues,
        structure,
    )


def decide_bump(reading: Reading, model: LinearModel | None = None) -> BumpDecision:
    """Bump or not, by `model` (the deployment's active one) or else the shipped
    model; a language it was not trained on is never called a bump (the rule says so
    instead of staying silent)."""
    model = model or load_model(BUMP_MODEL)
    if not reading.supported:
        return BumpDecision(False, None, model.model_id if model else LEXICON_ONLY, [])
    if model is None or is_template(reading):
        return BumpDecision(reading.verdict.is_bump, None, LEXICON_ONLY, [])
    vector = bump_vector(*_feature_inputs(reading))
    probability = _probability(model, vector)
    is_bump = probability >= model.threshold
    spans = _ngram_spans(model, vector, reading) if is_bump else []
    return BumpDecision(is_bump, round(probability, 4), model.model_id, spans)


def model_probability(model: LinearModel, reading: Reading) -> float:
    """The model's calibrated probability, unrounded (the check records it rounded):
    the score of `reading_features`, summed without building its dict."""
    return _probability(model, bump_vector(*_feature_inputs(reading)))


def _probability(model: LinearModel, v: Vector) -> float:
    return model.calibrate(
        model.first_score(v.present, v.chars, v.char_weight, v.named)
    )


def is_template(reading: Reading) -> bool:
    """Whether the send still holds merge fields (a sequence step, not yet a mail)."""
    text = reading.prepared.new_text
    return "{" in text and TEMPLATE_SLOT.search(text) is not None


def _strongest(model: LinearModel, vector: Vector, grams: Ngrams) -> list[int]:
    """The word and pair buckets whose weight × value reaches _MIN_CONTRIBUTION,
    strongest first: what `LinearModel.contributions` ranks from `reading_features`,
    with the values summed in its order (1 for present, a character n-gram's weight,
    then the named features') and computed for these buckets only."""
    buckets = distinct(np.concatenate([grams.word, grams.pair]))
    if not len(buckets):
        return []
    weights = model.weights[buckets, 0].astype(np.float64)
    chars = vector.chars.astype(np.int64)
    values = np.where(_among(buckets, chars), 1.0 + vector.char_weight, 1.0)
    if vector.named_items:
        named = np.fromiter((i for i, _ in vector.named_items), dtype=np.int64)
        found = _among(named, buckets).tolist()
        for (index, value), hit in zip(vector.named_items, found, strict=True):
            if hit:  # rare: a named feature's bucket is also a word's
                values[np.searchsorted(buckets, index)] += value
    contributions = weights * values
    strong = np.flatnonzero(contributions >= _MIN_CONTRIBUTION)
    ranked = sorted(
        zip(contributions[strong].tolist(), buckets[strong].tolist(), strict=True),
        reverse=True,
    )
    return [bucket for _, bucket in ranked]


def _among(values: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """Which of `values` are in `ordered` (sorted): np.isin at a tenth of its cost."""
    if not len(ordered):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(ordered, values), len(ordered) - 1)
    return ordered[at] == values


def _ngram_spans(model: LinearModel, vector: Vector, reading: Reading) -> list[Span]:
    text = reading.prepared.text
    grams = ngrams(reading.table)
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []
    for bucket in _strongest(model, vector, grams):
        if len(spans) == _EVIDENCE_NGRAMS:
            break
        start, end = grams.place(bucket)
        if not any(ch.isalnum() for ch in text[start:end]) or any(
            start < e and end > s for s, e in taken
        ):
            continue
        taken.append((start, end))
        spans.append(Span("bump", start, end, text[start:end]))
    return sorted(spans, key=lambda s: s.start)
