"""Render tests/analysis/dev_inbound6/*.yaml from the hand-written cores in cores.py.

Same dressing as ../dev_inbound4/build.py (signature, quoted original, HTML, phone
footer), chosen per core. A rebuild is byte for byte the same.

    python -m scripts.dev_inbound6.build
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from scripts.dev_inbound4.build import _Literal, _literal, render
from scripts.dev_inbound6.cores import CORES

OUT = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound6"


def main() -> None:
    yaml.add_representer(_Literal, _literal)
    OUT.mkdir(parents=True, exist_ok=True)
    for lang, entries in sorted(CORES.items()):
        rendered = []
        for i, core in enumerate(entries):
            entry = render(lang, i, core)
            entry["body"] = _Literal(entry["body"])
            for key in ("returns", "last"):
                if key in entry:
                    entry[key] = dt.date.fromisoformat(entry[key])
            rendered.append(entry)
        text = yaml.dump(rendered, allow_unicode=True, sort_keys=False, width=1000)
        (OUT / f"{lang}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
