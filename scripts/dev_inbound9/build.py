"""Render tests/analysis/dev_inbound9/*.yaml from cores.py (as dev_inbound7).

python -m scripts.dev_inbound9.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound9.cores import CORES

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound9"


def main() -> None:
    write_sets(CORES, OUT)


if __name__ == "__main__":
    main()
