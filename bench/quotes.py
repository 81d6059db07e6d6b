"""Where quoted history starts: our splitter against mail-parser-reply (issue 12 D).

Both read every held-out message (tests/analysis/heldout/) and every training message
(rules/training/); for each we compare the sender's own text (ours: the body up to
`find_quote_start`; the library: its latest reply, with signature) after collapsing
whitespace, and time both. Run: `python -m bench.quotes` (needs `pip install
mail-parser-reply`, no longer a dependency; docs/analysis.md has the figures).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from pathlib import Path

from guard.analysis.text.quotes import find_quote_start

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (
    ("heldout", ROOT / "tests" / "analysis" / "heldout"),
    ("outgoing", ROOT / "rules" / "training" / "outgoing"),
    ("inbound", ROOT / "rules" / "training" / "inbound"),
)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    try:
        from mailparser_reply import EmailReplyParser
        from mailparser_reply.constants import MAIL_LANGUAGES
    except ImportError:
        print("mail-parser-reply is not installed: pip install mail-parser-reply")
        return 2
    items = [
        (name, json.loads(line))
        for name, folder in SOURCES
        for path in sorted(folder.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    parsers: dict[str, EmailReplyParser] = {}

    def library(language: str) -> EmailReplyParser:
        key = language if language in MAIL_LANGUAGES else "en"
        return parsers.setdefault(key, EmailReplyParser(languages=[key]))

    started = time.perf_counter()
    ours = [find_quote_start(item["body"]) for _, item in items]
    ours_us = (time.perf_counter() - started) / len(items) * 1e6
    started = time.perf_counter()
    theirs = []
    for _, item in items:
        message = library(item.get("language", "en")).read(item["body"])
        theirs.append(message.replies[0].full_body if message.replies else "")
    theirs_us = (time.perf_counter() - started) / len(items) * 1e6
    differ: Counter[tuple[str, str]] = Counter()
    for (name, item), cut, reply in zip(items, ours, theirs, strict=True):
        body = item["body"]
        if _norm(body[:cut]) == _norm(reply):
            continue
        who = (
            "ours cut, library kept"
            if _norm(reply) == _norm(body)
            else "library cut, ours kept"
            if cut == len(body)
            else "both cut, differently"
        )
        differ[(name, who)] += 1
    lacking = sum(1 for _, i in items if i.get("language", "en") not in MAIL_LANGUAGES)
    print(f"{len(items)} messages ({lacking} in languages mail-parser-reply lacks)")
    print(
        f"ours {ours_us:.1f} µs/message, mail-parser-reply {theirs_us:.1f} µs/message"
    )
    print(f"same own text: {len(items) - differ.total()}; differ:")
    for (name, who), n in sorted(differ.items()):
        print(f"  {name:<9} {who:<24} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
