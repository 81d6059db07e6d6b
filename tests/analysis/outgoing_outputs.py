"""What the outgoing analysis answers on the project's own data, recorded to compare.

`python -m tests.analysis.outgoing_outputs` writes tests/analysis/recorded/outgoing.json:
for every message of rules/training/outgoing/*.jsonl and tests/analysis/heldout/bump.jsonl,
a digest of the whole analysis (language, is_bump, rounded probability, intents, spans,
sentences, links …), the model's unrounded probability, and a digest of the bump
model's features as training computes them. A speed-up must leave all three unchanged
(test_outgoing_outputs_unchanged.py).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from guard.analysis.model.data import TRAINING_DIR, load_training, training_digest
from guard.analysis.model.linear import load_model, model_path
from guard.analysis.model.train_bump import item_features
from guard.analysis.outgoing.analyse import analyse_outgoing, read_outgoing
from guard.analysis.outgoing.decision import (
    BUMP_MODEL,
    is_template,
    model_probability,
)

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout" / "bump.jsonl"
RECORDED = HERE / "recorded" / "outgoing.json"


def messages() -> list[dict]:
    held = [json.loads(line) for line in HELDOUT.read_text("utf-8").splitlines()]
    return load_training("outgoing") + [m for m in held if m]


def sources() -> dict[str, str]:
    """Digests of what the outputs depend on besides the code."""
    return {
        "model": hashlib.sha256(model_path(BUMP_MODEL).read_bytes()).hexdigest(),
        "training": training_digest("outgoing", TRAINING_DIR),
        "heldout": hashlib.sha256(HELDOUT.read_bytes()).hexdigest(),
    }


def _canonical(value: Any) -> Any:
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, dict):
        return {k: _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def _digest(value: Any) -> str:
    text = json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def outputs() -> dict[str, Any]:
    model = load_model(BUMP_MODEL)
    assert model is not None, "no bump model shipped"
    analyses, probabilities, features = [], [], []
    for message in messages():
        subject, body = message.get("subject") or "", message["body"]
        analysis = analyse_outgoing(subject=subject, body=body)
        analyses.append(_digest(asdict(analysis)))
        reading = read_outgoing(subject=subject, body=body)
        probabilities.append(
            None
            if not reading.supported or is_template(reading)
            else model_probability(model, reading)
        )
        values = item_features(message)  # what training computes, language given
        features.append(_digest(sorted((k, repr(v)) for k, v in values.items())))
    return {
        "ids": [m["id"] for m in messages()],
        "analyses": analyses,
        "probabilities": probabilities,
        "features": features,
    }


def main() -> None:
    RECORDED.parent.mkdir(exist_ok=True)
    data = {"sources": sources(), **outputs()}
    RECORDED.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {RECORDED} ({len(data['ids'])} messages)")


if __name__ == "__main__":
    main()
