"""The labelled corpora beside the repository (…/main and …/shared) and the small
command-line wrapper both evaluations share."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]
# ../shared/corpora beside the repository, or the team's /work/shared/corpora (a
# worktree sits one level deeper). Evaluation only: never copied or trained on.
SHARED_CORPORA = next(
    (
        path
        for path in (_REPO.parent / "shared" / "corpora", Path("/work/shared/corpora"))
        if path.is_dir()
    ),
    _REPO.parent / "shared" / "corpora",
)


def corpus_path(name: str) -> Path:
    return SHARED_CORPORA / name / "messages.jsonl"


def load_corpus(path: Path) -> list[dict]:
    """The labelled items, one JSON object a line."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def report_main(
    argv: list[str] | None, default: Path, report: Callable[[list[dict]], str]
) -> int:
    """`python -m guard.analysis.evaluate_X [CORPUS]`: the report; 2 if no file."""
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else default
    if not path.exists():
        print(
            f"error: corpus not found at {path}; pass its path as the argument",
            file=sys.stderr,
        )
        return 2
    print(report(load_corpus(path)))
    return 0
