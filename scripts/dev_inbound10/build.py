"""Render tests/analysis/dev_inbound10/*.yaml from cores_*.py (as dev_inbound9).

python -m scripts.dev_inbound10.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound10.cores_a import CORES as A
from scripts.dev_inbound10.cores_b import CORES as B

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound10"


def main() -> None:
    write_sets({**A, **B}, OUT)


if __name__ == "__main__":
    main()
