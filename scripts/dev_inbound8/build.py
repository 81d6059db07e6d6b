"""Render tests/analysis/dev_inbound8/*.yaml from cores_*.py (as dev_inbound7).

python -m scripts.dev_inbound8.build
"""

from __future__ import annotations

from pathlib import Path

from scripts.dev_inbound4.build import write_sets
from scripts.dev_inbound8 import cores_a, cores_b, cores_c

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound8"


def main() -> None:
    cores = {**cores_a.CORES, **cores_b.CORES}
    for lang, extra in cores_c.EXTRA.items():
        cores[lang] = [*cores[lang], *extra]
    write_sets(cores, OUT)


if __name__ == "__main__":
    main()
