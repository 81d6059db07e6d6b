"""Training the bump model from rules/training/outgoing/ (`guard model train`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.analysis.model import fit
from guard.analysis.model.data import TRAINING_DIR, load_training, training_digest
from guard.analysis.model.linear import model_path
from guard.analysis.outgoing.analyse import read_outgoing
from guard.analysis.outgoing.decision import BUMP_MODEL, reading_features

# A deployment's model, trained with its managers' review decisions.
REVIEWED_MODEL = "bump-reviews"
# How many rendered training messages one manager's decision counts as.
REVIEW_WEIGHT = 3


@dataclass(frozen=True, slots=True)
class Prepared:
    """The training items as a matrix, labels and cross-validation groups."""

    items: list[dict]
    rows: list[dict[int, float]]
    y: np.ndarray
    groups: list[str]


def prepare_items(items: list[dict]) -> Prepared:
    rows = [item_features(item) for item in items]
    y = np.array([1 if item["label"] == "bump" else 0 for item in items])
    groups = [str(item.get("core") or item["id"]) for item in items]
    return Prepared(items, rows, y, groups)


def item_features(item: dict) -> dict[int, float]:
    reading = read_outgoing(
        subject=item.get("subject") or "",
        body=item["body"],
        language=item.get("language"),
    )
    return reading_features(reading).values


def out_of_fold_probabilities(data: Prepared) -> np.ndarray:
    """Calibrated probabilities of each item from models that never saw its core.

    The calibration is fitted inside the same folds' scores; for the report this is
    what a new message would get from a model trained without it.
    """
    x = fit.matrix(data.rows)
    scores = fit.out_of_fold_scores(x, data.y, data.groups)[:, 0]
    a, b = fit.platt(scores, data.y)
    return fit.sigmoid(a * scores + b)


def train(root: Path = TRAINING_DIR, reviews: Sequence[dict] = ()) -> str:
    """The model file's text, trained on the outgoing data under `root`.

    `reviews`: labels from this deployment's managers (guard/learning/labels.py). Each
    counts REVIEW_WEIGHT times (few, but real mail of this deployment), stays in one
    fold with its edit, and the model is named `bump-reviews-…`: a deployment model,
    never written over the shipped file.
    """
    items = load_training("outgoing", root)
    if not items:
        raise ValueError(f"no outgoing training data in {root / 'outgoing'}")
    shipped_items = len(items)
    items = items + [item for item in reviews for _ in range(REVIEW_WEIGHT)]
    data = prepare_items(items)
    x = fit.matrix(data.rows)
    scores = fit.out_of_fold_scores(x, data.y, data.groups)[:, 0]
    a, b = fit.platt(scores, data.y)
    threshold = fit.best_threshold(fit.sigmoid(a * scores + b), data.y)
    weights, bias = fit.final_weights(x, data.y)
    languages = sorted({str(item.get("language")) for item in items[:shipped_items]})
    meta = {
        "training_digest": training_digest("outgoing", root),
        "items": shipped_items,
        "bumps": int(data.y[:shipped_items].sum()),
        "languages": languages,
        "features": "hashed words, word pairs, subject words, character 4-grams, "
        "lexicon cues, structure",
        "regularisation_c": fit.C,
        "seed": fit.SEED,
    }
    if reviews:
        meta["review_labels"] = len(reviews)
        meta["review_bumps"] = sum(1 for item in reviews if item["label"] == "bump")
        meta["review_weight"] = REVIEW_WEIGHT
    return fit.document(
        REVIEWED_MODEL if reviews else BUMP_MODEL,
        ["bump"],
        weights,
        bias,
        {"method": "platt", "a": round(a, 6), "b": round(b, 6)},
        threshold,
        meta,
    )


def write(text: str) -> Path:
    path = model_path(BUMP_MODEL)
    path.write_text(text, encoding="utf-8")
    return path
