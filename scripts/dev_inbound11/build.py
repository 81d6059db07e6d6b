"""Render tests/analysis/dev_inbound11/*.yaml from cores.py (as dev_inbound9).

python -m scripts.dev_inbound11.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound11.cores import CORES

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound11"


def main() -> None:
    write_sets(CORES, OUT)


if __name__ == "__main__":
    main()
