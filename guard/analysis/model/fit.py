"""Fitting a linear model with scikit-learn and turning it into a shipped document.

Only `guard model train` and `make eval` import this (scikit-learn stays off the
dispatch path). Calibration is fitted on out-of-fold scores: grouped 5-fold
cross-validation, the variants rendered from one message (`core`) in one fold, so the
model is never calibrated on near-copies of what it was trained on.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from guard.analysis.model.hashing import BITS

FOLDS = 5
SEED = 20261207
# Regularisation, chosen by grouped cross-validation (docs/analysis.md).
C = 4.0
# Weights are rounded so a rebuild is byte-for-byte the same on any BLAS.
_DIGITS = 6
# Unsure band around the threshold: the rule warns there instead of acting.
DEFAULT_BAND = (0.35, 0.8)


def matrix(rows: Sequence[dict[int, float]]) -> csr_matrix:
    indptr, indices, data = [0], [], []
    for row in rows:
        for index in sorted(row):
            indices.append(index)
            data.append(row[index])
        indptr.append(len(indices))
    return csr_matrix(
        (np.array(data, dtype=np.float64), np.array(indices), np.array(indptr)),
        shape=(len(rows), 1 << BITS),
    )


def _classifier() -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=2000, solver="lbfgs", random_state=SEED)


def folds(groups: Sequence[str], n: int = FOLDS) -> list[tuple[np.ndarray, np.ndarray]]:
    """Grouped folds in a seeded order (GroupKFold itself is deterministic)."""
    splitter = GroupKFold(n_splits=min(n, len(set(groups))))
    dummy = np.zeros(len(groups))
    return list(splitter.split(dummy, groups=np.asarray(groups)))


def out_of_fold_scores(
    x: csr_matrix, y: np.ndarray, groups: Sequence[str]
) -> np.ndarray:
    """Each item's decision value from a model that never saw its group."""
    classes = np.unique(y)
    width = 1 if len(classes) == 2 else len(classes)
    scores = np.zeros((len(y), width))
    for train, test in folds(groups):
        model = _classifier().fit(x[train], y[train])
        values = model.decision_function(x[test])
        scores[test] = values.reshape(len(test), width)
    return scores


def platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """a, b of p = sigmoid(a·score + b), fitted on out-of-fold scores."""
    model = LogisticRegression(C=1e6, solver="lbfgs").fit(scores.reshape(-1, 1), y)
    return float(model.coef_[0][0]), float(model.intercept_[0])


def sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def best_threshold(probabilities: np.ndarray, y: np.ndarray) -> float:
    """The probability cut with the best F1 on out-of-fold predictions (ties: 0.5)."""
    best = (-1.0, 0.0, 0.5)
    for cut in np.round(np.arange(0.2, 0.81, 0.01), 2):
        flagged = probabilities >= cut
        tp = float(np.sum(flagged & (y == 1)))
        precision = tp / max(float(np.sum(flagged)), 1.0)
        recall = tp / max(float(np.sum(y == 1)), 1.0)
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        best = max(best, (round(f1, 6), -abs(cut - 0.5), float(cut)))
    return best[2]


def temperature(scores: np.ndarray, y: np.ndarray) -> float:
    """Softmax temperature with the least out-of-fold log loss (multi-class)."""
    best = (float("inf"), 1.0)
    for t in np.round(np.arange(0.3, 3.01, 0.05), 2):
        z = scores / t
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        loss = -float(np.mean(log_p[np.arange(len(y)), y]))
        best = min(best, (round(loss, 9), float(t)))
    return best[1]


def final_weights(
    x: csr_matrix, y: np.ndarray
) -> tuple[list[list[float]], list[float]]:
    """[[bucket, w…], …] of the buckets the data uses, and the biases."""
    model = _classifier().fit(x, y)
    coef = model.coef_
    used = np.unique(x.indices)
    rows = []
    for index in used:
        row = [round(float(w), _DIGITS) for w in coef[:, index]]
        if any(row):
            rows.append([int(index), *row])
    return rows, [round(float(b), _DIGITS) for b in model.intercept_]


def document(
    name: str,
    classes: list[str],
    weights: list[list[float]],
    bias: list[float],
    calibration: dict[str, float],
    threshold: float,
    meta: dict[str, Any],
) -> str:
    """The model file's text: canonical JSON, its id a digest of what decides."""
    deciding = {
        "classes": classes,
        "weights": encode_weights(weights, len(classes) if len(classes) > 1 else 1),
        "bias": bias,
        "calibration": calibration,
        "threshold": threshold,
    }
    body = json.dumps(deciding, sort_keys=True, separators=(",", ":"))
    model_id = f"{name}-{hashlib.sha256(body.encode()).hexdigest()[:12]}"
    band = [min(DEFAULT_BAND[0], threshold), max(DEFAULT_BAND[1], threshold)]
    full = {**deciding, "id": model_id, "band": band, "meta": meta}
    return (
        json.dumps(full, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        + "\n"
    )


def encode_weights(rows: list[list[float]], width: int) -> dict[str, str]:
    """Buckets (int32) and weights (float32) as base64: a model file parses in
    milliseconds, where a JSON list of 70,000 rows took most of a second."""
    index = np.array([int(r[0]) for r in rows], dtype="<i4")
    values = np.array([r[1:] for r in rows], dtype="<f4").reshape(len(rows), width)
    return {
        "index": base64.b64encode(index.tobytes()).decode("ascii"),
        "values": base64.b64encode(values.tobytes()).decode("ascii"),
    }
