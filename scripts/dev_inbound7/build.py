"""Render tests/analysis/dev_inbound7/*.yaml from cores.py, as ../dev_inbound6/build.py.

python -m scripts.dev_inbound7.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound7.cores import CORES

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound7"


def main() -> None:
    write_sets(CORES, OUT)


if __name__ == "__main__":
    main()
