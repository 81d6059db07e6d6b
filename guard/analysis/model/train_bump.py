"""Training the bump model from rules/training/outgoing/ (`guard model train`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.analysis.model import fit
from guard.analysis.model.data import TRAINING_DIR, load_training, training_digest
from guard.analysis.model.linear import model_path
from guard.analysis.outgoing import read_outgoing
from guard.analysis.outgoing_decision import BUMP_MODEL, reading_features


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


def train(root: Path = TRAINING_DIR) -> str:
    """The model file's text, trained on the outgoing data under `root`."""
    items = load_training("outgoing", root)
    if not items:
        raise ValueError(f"no outgoing training data in {root / 'outgoing'}")
    data = prepare_items(items)
    x = fit.matrix(data.rows)
    scores = fit.out_of_fold_scores(x, data.y, data.groups)[:, 0]
    a, b = fit.platt(scores, data.y)
    threshold = fit.best_threshold(fit.sigmoid(a * scores + b), data.y)
    weights, bias = fit.final_weights(x, data.y)
    languages = sorted({str(item.get("language")) for item in items})
    meta = {
        "training_digest": training_digest("outgoing", root),
        "items": len(items),
        "bumps": int(data.y.sum()),
        "languages": languages,
        "features": "hashed words, word pairs, subject words, character 4-grams, "
        "lexicon cues, structure",
        "regularisation_c": fit.C,
        "seed": fit.SEED,
    }
    return fit.document(
        BUMP_MODEL,
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
