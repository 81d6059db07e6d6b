"""Word counts per supported language, learnt from rules/training/outgoing/: the
second stage of outgoing language identification (guard/analysis/text/language.py).

The hand-set function-word vote settles business mail that uses enough of its words;
what it leaves undecided (Danish, Norwegian, Finnish and Polish mostly: ~26% of varied
mail) went to lingua at ~1.5 ms a message. A multinomial naive Bayes over the words of
our own outgoing training mail decides most of those in ~20 µs, when its lead is clear
(`MIN_MARGIN`), it knows enough of the words (`MIN_COVERAGE`) and the opening half
agrees; otherwise lingua still does. Accuracy: docs/analysis.md, "Language
identification of outgoing mail".

Shipped as `data/language.json` (word counts per language and the training digest);
`guard model train` rebuilds it byte for byte.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

import numpy as np

from guard.analysis.model.data import TRAINING_DIR, load_training, training_digest
from guard.analysis.model.linear import MODEL_DIR

PATH = MODEL_DIR / "language.json"
# Add-alpha smoothing of the word counts (0.01-0.5 differ by under 0.2% in the CV).
ALPHA = 0.1
# The lead, in nats, the best language needs over the next before it is trusted.
MIN_MARGIN = 6.0
# The share of the sample's words the counts must know. Text in a language we do not
# support (Hungarian without "ő", "ű") shares a few short words with ours and can
# give one of them a clear lead; measured on the undecided samples, at most 0.46 of
# such words were known in 99% of them, at least 0.56 in 95% of our cross-validated
# training mail.
MIN_COVERAGE = 0.5
# What language.py calls a word (letters, one inner apostrophe), lower case.
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def train(root: Path = TRAINING_DIR) -> str:
    """The model file's text for the outgoing training data under `root`."""
    from guard.analysis.text.language import SUPPORTED
    from guard.analysis.text.prepare import prepare

    counts = {lang: Counter() for lang in SUPPORTED}
    for item in load_training("outgoing", root):
        if item["language"] in counts:
            counts[item["language"]].update(words(prepare(item["body"]).new_text))
    vocabulary = sorted(set().union(*counts.values()))
    document = {
        "languages": list(SUPPORTED),
        "alpha": ALPHA,
        "min_margin": MIN_MARGIN,
        "min_coverage": MIN_COVERAGE,
        "meta": {"training_digest": training_digest("outgoing", root)},
        "counts": {w: [counts[lang][w] for lang in SUPPORTED] for w in vocabulary},
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"


def write(text: str, path: Path = PATH) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


class WordModel:
    """Log-probabilities of each known word per language (rows: words)."""

    def __init__(self, document: dict) -> None:
        self.languages: tuple[str, ...] = tuple(document["languages"])
        self.min_margin = float(document["min_margin"])
        self.min_coverage = float(document["min_coverage"])
        self.digest = document["meta"]["training_digest"]
        words_ = list(document["counts"])
        self.row = {w: i for i, w in enumerate(words_)}
        counts = np.asarray(list(document["counts"].values()), dtype=np.float64)
        if not len(counts):
            counts = np.zeros((0, len(self.languages)))
        alpha = float(document["alpha"])
        totals = counts.sum(axis=0) + alpha * len(words_)
        self.log_p = np.log((counts + alpha) / np.maximum(totals, 1e-12))

    def pick(self, text: str, candidates: tuple[str, ...]) -> str | None:
        """The language of `text` among `candidates` (those of them it knows), or None
        when too few of its words are known or the lead is below the margin."""
        row = self.row
        found = words(text)
        rows = [row[w] for w in found if w in row]
        candidates = tuple(c for c in candidates if c in self.languages)
        if not rows or len(rows) < self.min_coverage * len(found) or not candidates:
            return None
        log_p = self.log_p[rows]
        if candidates != self.languages:
            log_p = log_p[:, [self.languages.index(c) for c in candidates]]
        opening = log_p[: (len(rows) + 1) // 2].sum(axis=0)
        scores = (opening + log_p[(len(rows) + 1) // 2 :].sum(axis=0)).tolist()
        ranked = sorted(zip(scores, candidates, strict=True), reverse=True)
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < self.min_margin:
            return None
        # A mail in two languages (a Finnish auto-reply, then the English one): the
        # opening's language is the mail's; where the halves differ, lingua decides.
        if candidates[int(np.argmax(opening))] != ranked[0][1]:
            return None
        return ranked[0][1] if not math.isnan(ranked[0][0]) else None


@cache
def load_word_model() -> WordModel | None:
    """The shipped word model, or None when none is shipped."""
    if not PATH.exists():
        return None
    return WordModel(json.loads(PATH.read_text(encoding="utf-8")))
