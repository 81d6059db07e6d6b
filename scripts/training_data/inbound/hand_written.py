"""Render rules/training/inbound/hand_written.jsonl from hand_written_cores.py.

The same rendering as confusables.py (a reply without headers and a quoted one for
people; a reply, an auto-reply with headers and HTML for templates), under ids of
their own. Seeded by position only, so a rebuild is byte for byte the same:

    python -m scripts.training_data.inbound.hand_written
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.training_data.inbound import confusables
from scripts.training_data.inbound.hand_written_cores import CORES

OUT = (
    Path(__file__).resolve().parents[3]
    / "rules"
    / "training"
    / "inbound"
    / "hand_written.jsonl"
)


def render_all() -> list[dict]:
    return confusables.render_all(CORES, tag="hand")


def lines() -> list[str]:
    return [json.dumps(row, ensure_ascii=False) for row in render_all()]


def main() -> None:
    OUT.write_text("\n".join(lines()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
