"""Features of a planned send for the bump model (DESIGN §6).

Everything here is read off what the outgoing analysis has already computed (the
token table of the sender's own new lines, the lexicon cues, the scored sentences),
so the model adds little to the dispatch path: words and word pairs are spaCy string
ids, character 4-grams cover the opening of the message, where a nudge sits.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from guard.analysis.components import Cue, TokenTable
from guard.analysis.model.hashing import (
    char_gram_indices,
    name_index,
    pair_indices,
    token_index,
    token_indices,
)

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


def _structure(features: Features, s: Structure) -> None:
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
