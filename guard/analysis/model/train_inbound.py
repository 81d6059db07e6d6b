"""Training the inbound text model from rules/training/inbound/ (`guard model train`).

Classes are the kinds a text can show, plus "human_away": a person who writes that
they are away (a human reply and an absence at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from guard.analysis.inbound.text import plain_body
from guard.analysis.model import fit
from guard.analysis.model.data import TRAINING_DIR, load_training, training_digest
from guard.analysis.model.inbound_features import inbound_features
from guard.analysis.model.linear import model_path

INBOUND_MODEL = "inbound"


@dataclass(frozen=True, slots=True)
class Prepared:
    items: list[dict]
    rows: list[dict[int, float]]
    y: np.ndarray
    groups: list[str]
    classes: list[str]


def label_of(item: dict) -> str:
    if item["kind"] == "human" and item.get("human_away"):
        return "human_away"
    return str(item["kind"])


def item_features(item: dict) -> dict[int, float]:
    headers = item.get("headers") or {}
    subject = item.get("subject") or headers.get("Subject", "")
    return inbound_features(headers, subject, plain_body(item.get("body") or ""))


def prepare_items(items: list[dict]) -> Prepared:
    labels = [label_of(item) for item in items]
    classes = sorted(set(labels))
    y = np.array([classes.index(label) for label in labels])
    groups = [str(item.get("core") or item["id"]) for item in items]
    return Prepared(items, [item_features(i) for i in items], y, groups, classes)


def out_of_fold_distribution(data: Prepared) -> tuple[np.ndarray, float]:
    """Calibrated class probabilities per item from models that never saw its core."""
    scores = fit.out_of_fold_scores(fit.matrix(data.rows), data.y, data.groups)
    t = fit.temperature(scores, data.y)
    z = scores / t
    z = np.exp(z - z.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True), t


def train(root: Path = TRAINING_DIR) -> str:
    items = load_training("inbound", root)
    if not items:
        raise ValueError(f"no inbound training data in {root / 'inbound'}")
    data = prepare_items(items)
    _, t = out_of_fold_distribution(data)
    weights, bias = fit.final_weights(fit.matrix(data.rows), data.y)
    meta = {
        "training_digest": training_digest("inbound", root),
        "items": len(items),
        "languages": sorted({str(i.get("language")) for i in items}),
        "features": "header markers, subject and body words, word pairs, "
        "character 3-grams, lexicon cues",
        "regularisation_c": fit.C,
        "seed": fit.SEED,
    }
    return fit.document(
        INBOUND_MODEL,
        data.classes,
        weights,
        bias,
        {"method": "temperature", "temperature": t},
        0.5,
        meta,
    )


def write(text: str) -> Path:
    path = model_path(INBOUND_MODEL)
    path.write_text(text, encoding="utf-8")
    return path
