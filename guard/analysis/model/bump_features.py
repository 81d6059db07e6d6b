"""Features of a planned send for the bump model (docs/analysis.md).

Everything here is read off what the outgoing analysis has already computed (the
token table of the sender's own new lines, the lexicon cues, the scored sentences),
so the model adds little to the dispatch path: words and word pairs are spaCy string
ids, character 4-grams cover the opening of the message, where a nudge sits.
"""

from __future__ import annotations

import itertools
import math
import operator
from dataclasses import dataclass, field

import numpy as np

from guard.analysis.model.hashing import (
    char_gram_indices,
    distinct,
    name_index,
    pair_indices,
    token_index,
    token_indices,
)
from guard.analysis.outgoing.components import Cue, TokenTable

# Character 4-grams over the first characters of the own text: typos, inflections
# and paraphrases ("bumping", "bumped", "resurfacing") share them.
CHAR_N = 4
CHAR_WINDOW = 320
# Word features over the first tokens only: a long value mail says what it is early.
WORD_LIMIT = 160


@dataclass(slots=True)
class Features:
    """Hashed feature buckets with values, and where the word n-grams sit."""

    values: dict[int, float] = field(default_factory=dict)
    # bucket -> (start, end) of its first occurrence in the text, for evidence
    spans: dict[int, tuple[int, int]] = field(default_factory=dict)

    def add(self, index: int, value: float = 1.0) -> None:
        self.values[index] = self.values.get(index, 0.0) + value

    def mark(self, index: int) -> None:
        """A word or pair present (counts would make a long mail's "." decide)."""
        self.values[index] = 1.0

    def named(self, name: str, value: float = 1.0) -> None:
        if value:
            self.add(name_index(name), value)


@dataclass(frozen=True, slots=True)
class Structure:
    """What the analysis found besides words (counts, flags)."""

    subject: str
    quoted_history: bool
    new_links: int
    scheduling_links: int
    figures: bool
    sentences: int
    questions: int
    lexicon_bump: bool
    value: int
    nudges: int
    soft: int
    nudge_position: float | None  # 0 = first own sentence, 1 = last
    language: str


def bump_features(
    analysed: str,
    table: TokenTable,
    subject_table: TokenTable,
    cues: tuple[Cue, ...],
    subject_cues: list[Cue],
    structure: Structure,
) -> Features:
    features = Features()
    _words(features, table)
    _subject_words(features, subject_table)
    _characters(features, analysed)
    for label, _, _ in cues:
        features.named(f"cue:{label}")
    for label, _, _ in subject_cues:
        features.named(f"subject_cue:{label}")
    _structure(features, structure)
    return features


@dataclass(frozen=True, slots=True)
class Vector:
    """The same features as `bump_features`, in the form scoring needs (inference):

    - `present`: the distinct buckets of words, word pairs and subject words (each
      worth 1: "present", never counted);
    - `chars`: the distinct buckets of the character n-grams, each worth `char_weight`
      (added to a present word's 1 where buckets collide, as `bump_features` adds);
    - `named`: the named features' buckets and values (added likewise).

    Built in a few numpy calls, without the per-feature dict and the evidence spans
    that only a bump needs (`bump_features` still gives those).
    """

    present: np.ndarray
    chars: np.ndarray
    char_weight: float
    named: dict[int, float]
    named_items: list[tuple[int, float]]  # `named` before summing, in order


def bump_vector(
    analysed: str,
    table: TokenTable,
    subject_table: TokenTable,
    cues: tuple[Cue, ...],
    subject_cues: list[Cue],
    structure: Structure,
) -> Vector:
    parts = [_word_buckets(table)]
    if subject_table.norm:
        parts.append(_subject_buckets(subject_table))
    present = distinct(np.concatenate(parts))
    own = " ".join(analysed.split())[:CHAR_WINDOW].lower()
    chars = char_gram_indices(own, CHAR_N) if own else _NONE
    named = _Named()
    for label, _, _ in cues:
        named.named(f"cue:{label}")
    for label, _, _ in subject_cues:
        named.named(f"subject_cue:{label}")
    _structure(named, structure)
    summed: dict[int, float] = {}
    for index, value in named.items:
        summed[index] = summed.get(index, 0.0) + value
    weight = 1.0 / math.sqrt(len(chars)) if len(chars) else 0.0
    return Vector(present, chars, weight, summed, named.items)


class _Named:
    """Collects what `Features.named` would add, in order."""

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[tuple[int, float]] = []

    def named(self, name: str, value: float = 1.0) -> None:
        if value:
            self.items.append((name_index(name), value))


@dataclass(frozen=True, slots=True)
class Ngrams:
    """The word and pair buckets of the first WORD_LIMIT words, with where each word
    starts and ends: `word[i]` is words[i], `pair[i]` words[i] and words[i + 1]."""

    word: np.ndarray
    pair: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def place(self, bucket: int) -> tuple[int, int]:
        """Where `bump_features` says `bucket` first occurs (its spans): a pair's
        place when a pair and a word share the bucket."""
        (at,) = np.flatnonzero(self.pair == bucket)[:1].tolist() or (None,)
        if at is not None:
            return int(self.starts[at]), int(self.ends[at + 1])
        at = int(np.flatnonzero(self.word == bucket)[0])
        return int(self.starts[at]), int(self.ends[at])


def ngrams(table: TokenTable) -> Ngrams:
    keep = np.flatnonzero(np.asarray(table.is_space, dtype=bool) == 0)[:WORD_LIMIT]
    norms = np.asarray(table.norm, dtype=np.uint64)[keep]
    starts = np.asarray(table.idx, dtype=np.int64)[keep]
    ends = starts + np.asarray(table.length, dtype=np.int64)[keep]
    if not len(norms):
        return Ngrams(_NONE, _NONE, starts, ends)
    return Ngrams(
        token_indices(norms), pair_indices(norms[:-1], norms[1:]), starts, ends
    )


_NONE = np.zeros(0, dtype=np.int64)


def _word_buckets(table: TokenTable) -> np.ndarray:
    """The buckets `_words` marks: words and pairs of the first WORD_LIMIT words."""
    if not table.norm:
        return _NONE
    if table.columns is not None:
        columns = table.columns.array
        norms = columns[columns[:, 3] == 0, 0][:WORD_LIMIT]
    else:
        # Only the first WORD_LIMIT words go to numpy (each int is converted)
        words = itertools.compress(table.norm, map(operator.not_, table.is_space))
        norms = np.fromiter(
            itertools.islice(words, WORD_LIMIT), dtype=np.uint64, count=-1
        )
    if not len(norms):
        return _NONE
    return np.concatenate([token_indices(norms), pair_indices(norms[:-1], norms[1:])])


def _subject_buckets(table: TokenTable) -> np.ndarray:
    return np.fromiter(
        (
            token_index("s", norm)
            for norm, space in zip(table.norm, table.is_space, strict=True)
            if not space
        ),
        dtype=np.int64,
    )


def _words(features: Features, table: TokenTable) -> None:
    """Words and word pairs present, each with where it first occurs (numpy: a
    Python loop over tokens cost ~0.2 ms per message)."""
    if not table.norm:
        return
    keep = np.flatnonzero(np.asarray(table.is_space, dtype=bool) == 0)[:WORD_LIMIT]
    if not len(keep):
        return
    norms = np.asarray(table.norm, dtype=np.uint64)[keep]
    starts = np.asarray(table.idx, dtype=np.int64)[keep]
    ends = starts + np.asarray(table.length, dtype=np.int64)[keep]
    words = token_indices(norms).tolist()
    pairs = pair_indices(norms[:-1], norms[1:]).tolist()
    values = features.values
    values.update(dict.fromkeys(words, 1.0))
    values.update(dict.fromkeys(pairs, 1.0))
    starts_l, ends_l = starts.tolist(), ends.tolist()
    # reversed, so the first occurrence is the one a dict keeps
    spans = features.spans
    spans.update(
        reversed(list(zip(words, zip(starts_l, ends_l, strict=True), strict=True)))
    )
    spans.update(
        reversed(
            list(zip(pairs, zip(starts_l[:-1], ends_l[1:], strict=True), strict=True))
        )
    )


def _subject_words(features: Features, table: TokenTable) -> None:
    for i, norm in enumerate(table.norm):
        if not table.is_space[i]:
            features.mark(token_index("s", norm))


def _characters(features: Features, analysed: str) -> None:
    own = " ".join(analysed.split())[:CHAR_WINDOW].lower()
    if not own:
        return
    buckets = char_gram_indices(own, CHAR_N).tolist()
    weight = 1.0 / math.sqrt(len(buckets))
    values = features.values
    for bucket in buckets:
        values[bucket] = values.get(bucket, 0.0) + weight


def _structure(features: Features | _Named, s: Structure) -> None:
    subject = s.subject.lstrip().lower()
    features.named("bias_structure")
    features.named("reply_subject", subject.startswith(("re:", "aw:", "sv:", "r:")))
    features.named("forward_subject", subject.startswith(("fw", "wg:", "tr:", "rv:")))
    features.named("no_subject", not subject)
    features.named("quoted_history", s.quoted_history)
    features.named("new_links", min(s.new_links, 3))
    features.named("scheduling_link", s.scheduling_links > 0)
    features.named("figures", s.figures)
    features.named("log_sentences", math.log1p(s.sentences))
    features.named(f"sentences:{min(s.sentences, 8)}")
    # The share of own sentences that ask: a bare nudge is mostly questions, a value
    # mail or first touch ends with one. (A count let any question decide.)
    features.named("question_share", s.questions / max(s.sentences, 1))
    features.named("lexicon_bump", s.lexicon_bump)
    features.named("lexicon_value", min(s.value, 8) / 4)
    features.named(f"lexicon_value:{min(s.value, 5)}")
    features.named("lexicon_nudges", min(s.nudges, 3))
    features.named("lexicon_soft", min(s.soft, 3))
    if s.nudge_position is not None:
        features.named("nudge_first" if s.nudge_position < 0.34 else "nudge_later")
    features.named(f"language:{s.language}")
