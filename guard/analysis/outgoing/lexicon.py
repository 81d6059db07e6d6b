"""Load the phrases of `rules/lexicon/<lang>/outgoing.yaml` into matcher patterns.

A phrase is written the way people write it, with two shorthands so the YAML stays
readable: `(a|b|)` lists alternatives (an empty one makes the group optional) and
`*` stands for up to three arbitrary words ("reached out * times"), `#` for a
number.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from guard.analysis.text.language import SUPPORTED

LEXICON_DIR = Path(__file__).resolve().parents[3] / "rules" / "lexicon"
_GROUP = re.compile(r"\(([^()]*)\)")
# "\?" in a phrase is the question mark itself (YAML authors write it regex-style);
# left escaped, the backslash would become part of a token and never match.
_ESCAPED = re.compile(r"\\(.)")
_PART = re.compile(r"\([^()]*\)|[^\s()]+")
_GAP = "*"
# `#` stands for one number ("cut ramp from 90 to 51 days").
NUMBER = "#"
# How many words `*` may skip: enough for "a couple of", not enough to leave the phrase.
GAP_OP = "{0,3}"
# libyaml's safe loader when PyYAML has it: the same data from our lexicons (tested,
# tests/analysis/test_regex_cache.py), ten times faster to read at start-up.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def load_outgoing(lang: str) -> dict[str, tuple[str, ...]]:
    """Label -> phrases for `lang`; topics are flattened to `topic:<name>` labels."""
    path = LEXICON_DIR / lang / "outgoing.yaml"
    if not path.exists() and lang in SUPPORTED:
        # A language the bump model knows from training data alone: no cues yet.
        return {}
    if not path.exists():
        raise FileNotFoundError(
            f"No lexicon for language {lang!r}: add rules/lexicon/{lang}/outgoing.yaml "
            "with an `outgoing:` section, or pass one of the supported languages."
        )
    text = path.read_text(encoding="utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=SAFE_LOADER) or {}
    section: dict[str, Any] = data.get("outgoing") or {}
    labels: dict[str, tuple[str, ...]] = {}
    for label, phrases in section.items():
        if label == "topics":
            for topic, words in (phrases or {}).items():
                labels[f"topic:{topic}"] = tuple(str(w) for w in words or [])
        else:
            labels[label] = tuple(str(p) for p in phrases or [])
    return labels


def expand_all(phrases: list[str] | None) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for phrase in phrases or []:
        for variant in expand(str(phrase)):
            seen[variant] = None
    return tuple(seen)


def expand(phrase: str) -> list[str]:
    """All variants: "(i have|i've) sent" -> ["i have sent", "i've sent"]."""
    match = _GROUP.search(phrase)
    if match is None:
        plain = _ESCAPED.sub(r"\1", phrase)
        return [" ".join(plain.lower().split())] if plain.strip() else []
    variants: list[str] = []
    for option in match.group(1).split("|"):
        variants.extend(
            expand(phrase[: match.start()] + option + phrase[match.end() :])
        )
    return variants


def parts(phrase: str) -> list[list[str]]:
    """A gapped phrase as positions, each a list of alternatives ("" = optional)."""
    return [
        part[1:-1].split("|") if part.startswith("(") else [part]
        for part in _PART.findall(_ESCAPED.sub(r"\1", phrase.lower()))
    ]


def is_gapped(phrase: str) -> bool:
    words = phrase.split()
    return _GAP in words or NUMBER in words
