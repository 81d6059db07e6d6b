"""Rebuild rules/training/outgoing/<lang>.jsonl from the hand-written stock.

Deterministic: the same stock gives the same bytes.

Run from the repository root: `python3 scripts/training_data/build.py [lang ...]`.
Each core is rendered often enough that both labels reach half of
TARGET_PER_LANGUAGE, each time with a seed derived from (language, core, attempt);
an exact duplicate body is dropped and re-drawn with the next seed.
"""

import json
import random
import sys
import zlib
from pathlib import Path

import stock as stock_mod
from render import render

LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "pl"]
TARGET_PER_LANGUAGE = 260
OUT_DIR = Path(__file__).resolve().parents[2] / "rules" / "training" / "outgoing"


def seed(language: str, core_index: int, attempt: int) -> int:
    return zlib.crc32(f"{language}:{core_index}:{attempt}".encode())


def build_language(language: str, en: stock_mod.Stock) -> list[dict[str, str]]:
    stock = stock_mod.load(language)
    per_label = {
        label: -(
            -TARGET_PER_LANGUAGE // 2 // sum(c.label == label for c in stock.cores)
        )
        for label in ("bump", "not_bump")
    }
    seen: set[str] = set()
    rows: list[dict[str, str]] = []
    for core in stock.cores:
        variants = per_label[core.label]
        attempt, made = 0, 0
        while made < variants and attempt < variants * 6:
            msg = render(
                stock, en, core, random.Random(seed(language, core.index, attempt))
            )
            attempt += 1
            if msg["body"] in seen:
                continue
            seen.add(msg["body"])
            made += 1
            rows.append(
                {
                    "id": f"train-out-{language}-{len(rows) + 1:04d}",
                    "language": language,
                    "channel": msg["channel"],
                    "subject": msg["subject"],
                    "body": msg["body"],
                    "label": core.label,
                    "kind": core.kind,
                    "core": f"{language}-{core.index:03d}",
                }
            )
    return rows


def main(languages: list[str]) -> None:
    en = stock_mod.load("en")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for language in languages:
        rows = build_language(language, en)
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (OUT_DIR / f"{language}.jsonl").write_text(lines, encoding="utf-8")
        bumps = sum(r["label"] == "bump" for r in rows)
        print(f"{language}: {len(rows)} messages, {bumps} bump")


if __name__ == "__main__":
    available = [
        lang for lang in LANGUAGES if (stock_mod.STOCK_DIR / f"{lang}.txt").exists()
    ]
    main(sys.argv[1:] or available)
