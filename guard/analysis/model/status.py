"""Does each shipped model match the training data in the repository?"""

from __future__ import annotations

from guard.analysis.model.data import training_digest, training_files
from guard.analysis.model.linear import load_model

# model name -> training data kind
MODELS = {"bump": "outgoing", "inbound": "inbound"}


def model_status() -> list[tuple[str, bool]]:
    """(line for a person, whether it is current) per model."""
    lines = []
    for name, kind in MODELS.items():
        model = load_model(name)
        if model is None:
            lines.append((f"{name}: no model shipped", False))
            continue
        if not training_files(kind):
            lines.append((f"{name}: {model.model_id}, no training data here", True))
            continue
        fresh = model.meta.get("training_digest") == training_digest(kind)
        state = "current" if fresh else "stale: run `guard model train`"
        lines.append((f"{name}: {model.model_id}, {state}", fresh))
    return lines
