"""Render rules/training/inbound/leavers.jsonl from leavers_cores.py, as
hand_written.py does (confusables.render_all under ids of their own).

    python -m scripts.training_data.inbound.leavers
"""

from __future__ import annotations

import json
from pathlib import Path

from scripts.training_data.inbound import confusables
from scripts.training_data.inbound.leavers_cores import CORES

OUT = (
    Path(__file__).resolve().parents[3]
    / "rules"
    / "training"
    / "inbound"
    / "leavers.jsonl"
)


def lines() -> list[str]:
    rows = confusables.render_all(CORES, tag="leav")
    return [json.dumps(row, ensure_ascii=False) for row in rows]


def main() -> None:
    OUT.write_text("\n".join(lines()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
