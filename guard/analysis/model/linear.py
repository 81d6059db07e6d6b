"""A linear model shipped as a JSON file, scored in plain Python (no scikit-learn).

Binary models (the bump model) hold one weight per bucket and a Platt calibration
(`p = 1 / (1 + exp(-(a·score + b)))`); multi-class models (the inbound text model)
hold one weight per class and a softmax temperature. Only the buckets that training
saw are stored, so a model is a few hundred kilobytes and loads in milliseconds.
"""

from __future__ import annotations

import base64
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from guard.analysis.model.hashing import BITS

MODEL_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True, slots=True)
class LinearModel:
    model_id: str
    classes: tuple[str, ...]  # one name (binary: the positive class) or several
    weights: np.ndarray  # (buckets, classes) float32: one row per hashed feature
    bias: np.ndarray
    calibration: dict[str, float]
    threshold: float
    band: tuple[float, float]  # unsure probabilities: [low, high)
    meta: dict[str, Any]

    def scores(self, values: dict[int, float]) -> list[float]:
        """Raw decision values, one per class (one gather and one dot product)."""
        n = len(values)
        if not n:
            return self.bias.tolist()
        index = np.fromiter(values.keys(), dtype=np.int64, count=n)
        value = np.fromiter(values.values(), dtype=np.float64, count=n)
        return (self.bias + value @ self.weights[index]).tolist()

    def first_score(
        self,
        present: np.ndarray,
        scaled: np.ndarray,
        scale: float,
        extra: dict[int, float],
    ) -> float:
        """`scores(values)[0]` for values given as three parts (sparse, no dict):
        1 for each of `present`, `scale` for each of `scaled`, and `extra`, summed
        where buckets repeat across the parts (each part's buckets distinct)."""
        column = self.weights[:, 0]
        total = float(self.bias[0])
        if len(present):
            total += float(column[present].sum(dtype=np.float64))
        if len(scaled):
            total += scale * float(column[scaled].sum(dtype=np.float64))
        if extra:
            weights = column[np.fromiter(extra, dtype=np.int64, count=len(extra))]
            total += sum(
                w * v for w, v in zip(weights.tolist(), extra.values(), strict=True)
            )
        return total

    def probability(self, values: dict[int, float]) -> float:
        """Calibrated probability of the positive class (binary models)."""
        return self.calibrate(self.scores(values)[0])

    def calibrate(self, score: float) -> float:
        z = self.calibration["a"] * score + self.calibration["b"]
        return 1.0 / (1.0 + math.exp(-z)) if z > -500 else 0.0

    def distribution(self, values: dict[int, float]) -> dict[str, float]:
        """Calibrated class probabilities (multi-class models): a softmax at the
        temperature fitted on held-out folds."""
        scores = self.scores(values)
        temperature = self.calibration["temperature"]
        top = max(scores)
        exps = [math.exp((s - top) / temperature) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def contributions(
        self, values: dict[int, float], indices: list[int]
    ) -> list[tuple[float, int]]:
        """(weight × value, bucket) of `indices` for the first class, largest first."""
        if not indices:
            return []
        weights = self.weights[np.asarray(indices, dtype=np.int64), 0].tolist()
        found = [(w * values[i], i) for w, i in zip(weights, indices, strict=True) if w]
        return sorted(found, reverse=True)


def from_document(document: dict[str, Any]) -> LinearModel:
    # Dense float32 rows for every bucket (1 MB per class): a gather and a dot
    # product beat a dict lookup per feature, and hold less than a dict of tuples.
    classes = tuple(document["classes"])
    width = len(document["bias"])
    index = np.frombuffer(base64.b64decode(document["weights"]["index"]), dtype="<i4")
    values = np.frombuffer(base64.b64decode(document["weights"]["values"]), dtype="<f4")
    weights = np.zeros((1 << BITS, width), dtype=np.float32)
    weights[index] = values.reshape(len(index), width)
    return LinearModel(
        model_id=document["id"],
        classes=classes,
        weights=weights,
        bias=np.asarray(document["bias"], dtype=np.float64),
        calibration=document["calibration"],
        threshold=document["threshold"],
        band=tuple(document["band"]),
        meta=document.get("meta", {}),
    )


def model_path(name: str) -> Path:
    return MODEL_DIR / f"{name}.json"


@cache
def load_model(name: str) -> LinearModel | None:
    """The shipped model `name`, or None when none has been trained into the package."""
    path = model_path(name)
    if not path.exists():
        return None
    return from_document(json.loads(path.read_text(encoding="utf-8")))
