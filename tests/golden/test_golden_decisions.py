"""10,000 recorded decisions, answered again: a refactor must not move one of them."""

from __future__ import annotations

from pathlib import Path

from tests.golden.record import DIGESTS, decide_all


def test_the_golden_world_decides_exactly_as_recorded(tmp_path: Path) -> None:
    recorded = DIGESTS.read_text().splitlines()
    now = decide_all(tmp_path)
    moved = [
        f"was {a!r}, now {b!r}" for a, b in zip(recorded, now, strict=False) if a != b
    ]
    assert len(now) == len(recorded) == 10_000
    assert moved == [], (
        f"{len(moved)} of 10,000 decisions changed (first: {moved[:5]}); if you meant "
        "it, run `python -m tests.golden.record` and say why in the commit"
    )
