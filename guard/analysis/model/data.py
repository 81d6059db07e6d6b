"""The labelled training data in rules/training/, and its digest.

A shipped model records the SHA-256 of the files it was trained on, so a test can
tell when the data changed and the model was not retrained (`guard model train`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parents[3] / "rules" / "training"


def training_files(kind: str, root: Path = TRAINING_DIR) -> list[Path]:
    """The JSON-lines files of `kind` ("outgoing" or "inbound"), in name order."""
    folder = root / kind
    return sorted(folder.glob("*.jsonl")) if folder.is_dir() else []


def load_training(kind: str, root: Path = TRAINING_DIR) -> list[dict]:
    items = []
    for path in training_files(kind, root):
        with path.open(encoding="utf-8") as lines:
            items += [json.loads(line) for line in lines if line.strip()]
    return items


def training_digest(kind: str, root: Path = TRAINING_DIR) -> str:
    """SHA-256 over the files' names and bytes, in name order."""
    digest = hashlib.sha256()
    for path in training_files(kind, root):
        digest.update(path.name.encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
