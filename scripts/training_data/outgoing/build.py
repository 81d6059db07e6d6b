"""Rebuild rules/training/outgoing/<lang>.jsonl from the hand-written stock.

Deterministic: the same stock gives the same bytes.

Run from the repository root:
`python3 scripts/training_data/outgoing/build.py [lang ...]`.
Each core is rendered often enough that each label reaches
PER_LABEL messages, each time with a seed derived from (language, core, attempt);
an exact duplicate body is dropped and re-drawn with the next seed.
"""

import argparse
import json
import random
import zlib
from pathlib import Path

import stock as stock_mod
from render import render

LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "pl"]
PER_LABEL = 150
# Languages whose bump recall or precision lagged on unseen mail (issue 12) get a third
# round of cores and more renderings, so the extra cores do not thin the old ones out.
PER_LABEL_BY_LANGUAGE = {"es": 200, "pt": 200, "it": 200, "fi": 200}
LABELS = ("bump", "not_bump")
# Kinds with few cores per language get more renderings per core.
KIND_WEIGHT = {
    "forwarded_first_mail": 1.6,
    "small_talk_wrapped": 1.4,
    "emoji_nudge": 1.3,
    "breakup": 1.4,
}
OUT_DIR = Path(__file__).resolve().parents[3] / "rules" / "training" / "outgoing"


def seed(language: str, core_index: int, attempt: int) -> int:
    return zlib.crc32(f"{language}:{core_index}:{attempt}".encode())


def variants_per_core(stock: stock_mod.Stock) -> list[int]:
    """Spread a language's messages per label over its cores, in proportion to
    KIND_WEIGHT.

    Largest remainders get the leftover messages (ties: the earlier core), so the
    totals are exact and the split is deterministic.
    """
    out = [0] * len(stock.cores)
    per_label = PER_LABEL_BY_LANGUAGE.get(stock.language, PER_LABEL)
    for label in LABELS:
        cores = [c for c in stock.cores if c.label == label]
        weights = [KIND_WEIGHT.get(c.kind, 1.0) for c in cores]
        shares = [per_label * w / sum(weights) for w in weights]
        counts = [int(share) for share in shares]
        by_remainder = sorted(range(len(cores)), key=lambda k: counts[k] - shares[k])
        for k in by_remainder[: per_label - sum(counts)]:
            counts[k] += 1
        for core, count in zip(cores, counts, strict=True):
            out[core.index] = count
    return out


def row(language: str, number: int, core: stock_mod.Core, msg: dict) -> dict[str, str]:
    return {
        "id": f"train-out-{language}-{number:04d}",
        "language": language,
        "channel": msg["channel"],
        "subject": msg["subject"],
        "body": msg["body"],
        "label": core.label,
        "kind": core.kind,
        "core": f"{language}-{core.index:03d}",
    }


def build_language(
    language: str, en: stock_mod.Stock, seen: set[str]
) -> list[dict[str, str]]:
    """Render one language; `seen` holds every body so far, in all languages."""
    stock = stock_mod.load(language)
    rows: list[dict[str, str]] = []
    for core, variants in zip(stock.cores, variants_per_core(stock), strict=True):
        attempt, made = 0, 0
        while made < variants and attempt < variants * 6:
            rng = random.Random(seed(language, core.index, attempt))
            msg = render(stock, en, core, rng)
            attempt += 1
            if msg["body"] not in seen:
                seen.add(msg["body"])
                made += 1
                rows.append(row(language, len(rows) + 1, core, msg))
    return rows


def main(languages: list[str], out_dir: Path = OUT_DIR) -> None:
    en = stock_mod.load("en")
    out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    # Every language is rendered, in a fixed order, so that removing duplicates across
    # languages gives the same rows whichever languages are written.
    for language in available():
        rows = build_language(language, en, seen)
        if language not in languages:
            continue
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        (out_dir / f"{language}.jsonl").write_text(lines, encoding="utf-8")
        bumps = sum(r["label"] == "bump" for r in rows)
        print(f"{language}: {len(rows)} messages, {bumps} bump")


def available() -> list[str]:
    return [
        lang for lang in LANGUAGES if (stock_mod.STOCK_DIR / f"{lang}.txt").exists()
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="default: every language")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args()
    main(args.languages or available(), args.out)
