"""Render tests/analysis/dev_inbound6/*.yaml from the hand-written cores in cores.py.

Same dressing as ../dev_inbound4/build.py (signature, quoted original, HTML, phone
footer), chosen per core. A rebuild is byte for byte the same.

    python -m scripts.dev_inbound6.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound6.cores import CORES

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound6"


def main() -> None:
    write_sets(CORES, OUT)


if __name__ == "__main__":
    main()
