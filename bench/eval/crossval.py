"""Grouped 5-fold cross-validation of both models on rules/training/ (`make eval`).

Each message is scored by a model trained without its group (the variants rendered
from one core message), so these figures say how the model does on mail it has not
seen, in the training data's own style. The frozen set says the rest.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from bench.eval.metrics import Counts, format_recall_gate, format_reliability, rate
from guard.analysis.model import train_bump, train_inbound
from guard.analysis.model.data import load_training
from guard.analysis.model.linear import load_model
from guard.analysis.text.language import SUPPORTED


def bump_report() -> str:
    items = load_training("outgoing")
    if not items:
        return "bump: no training data in rules/training/outgoing"
    data = train_bump.prepare_items(items)
    probabilities = train_bump.out_of_fold_probabilities(data)
    model = load_model("bump")
    threshold = model.threshold if model else 0.5
    slices: dict[str, Counts] = defaultdict(Counts)
    for item, p, actual in zip(items, probabilities, data.y == 1, strict=True):
        for key in ("overall", f"language {item['language']}", f"kind {item['kind']}"):
            slices[key].add(actual=bool(actual), predicted=bool(p >= threshold))
    lines = [
        f"bump model, grouped 5-fold cross-validation on {len(items)} training "
        f"messages (threshold {threshold})",
        f"{'':<28}{'n':>5}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    for name, c in sorted(slices.items(), key=lambda kv: (kv[0] != "overall", kv[0])):
        lines.append(
            f"{name:<28}{c.n:>5}{rate(c.precision, 11)}{rate(c.recall)}{rate(c.f1, 7)}"
        )
    o = slices["overall"]
    by_language = {
        k.removeprefix("language "): c
        for k, c in slices.items()
        if k.startswith("language ")
    }
    lines += [
        "",
        "confusion matrix   predicted bump   predicted not_bump",
        f"actual bump        {o.tp:>14}   {o.fn:>18}",
        f"actual not_bump    {o.fp:>14}   {o.tn:>18}",
        "",
        format_recall_gate(by_language, SUPPORTED),
        "",
        format_reliability(list(probabilities), list(data.y == 1)),
    ]
    return "\n".join(lines)


def inbound_report() -> str:
    items = load_training("inbound")
    if not items:
        return "inbound: no training data in rules/training/inbound"
    data = train_inbound.prepare_items(items)
    distribution, _ = train_inbound.out_of_fold_distribution(data)
    predicted = distribution.argmax(axis=1)
    classes = data.classes
    lines = [
        f"inbound text model, grouped 5-fold cross-validation on {len(items)} "
        "training messages (text model alone, before structure and lexicon)",
        f"{'kind':<14}{'n':>5}{'precision':>11}{'recall':>8}{'F1':>7}",
    ]
    for name, support, c in per_kind(classes, data.y, predicted):
        scores = f"{rate(c.precision, 11)}{rate(c.recall)}{rate(c.f1, 7)}"
        lines.append(f"{name:<14}{support:>5}{scores}")
    lines += ["", "confusion matrix (rows: actual, columns: predicted)"]
    lines.append(f"{'':<12}" + "".join(f"{c[:10]:>11}" for c in classes))
    for k, name in enumerate(classes):
        row = [
            int(np.sum((data.y == k) & (predicted == j))) for j in range(len(classes))
        ]
        lines.append(f"{name:<12}" + "".join(f"{v:>11}" for v in row))
    lines += ["", _per_language(items, data.y, predicted)]
    confidence = distribution.max(axis=1)
    lines += ["", format_reliability(list(confidence), list(predicted == data.y))]
    return "\n".join(lines)


def per_kind(
    classes: list[str], y: np.ndarray, predicted: np.ndarray
) -> list[tuple[str, int, Counts]]:
    """Each kind's name, its own number of messages (its support: the table's n, not
    every message scored) and its one-against-the-rest counts."""
    rows = []
    for k, name in enumerate(classes):
        c = Counts()
        for actual, guess in zip(y, predicted, strict=True):
            c.add(actual=actual == k, predicted=guess == k)
        rows.append((name, c.tp + c.fn, c))
    return rows


def _per_language(items: list[dict], y: np.ndarray, predicted: np.ndarray) -> str:
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, actual, guess in zip(items, y, predicted, strict=True):
        tally = right[str(item.get("language"))]
        tally[0] += int(actual == guess)
        tally[1] += 1
    cells = [f"{lang} {ok / n:.3f}" for lang, (ok, n) in sorted(right.items())]
    return "accuracy by language: " + ", ".join(cells)
