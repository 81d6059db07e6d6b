"""The text layer's per-language words, read once from rules/lexicon/<lang>/text.yaml.

A language's function words (language detection), greetings and sign-offs, quote
markers (quoted history), abbreviations (sentences) and date forms (dates) live in its
folder, next to its inbound and outgoing lexicons, so that a new language is one folder
plus training data. The schema is documented in docs/analysis.md, "Adding a language".

Languages are read in the order of their folder names; the patterns built from them
are alternations whose order does not change what they find (see the modules that
build them). Every file is read once per process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

LEXICON_DIR = Path(__file__).resolve().parents[3] / "rules" / "lexicon"
FILE_NAME = "text.yaml"
# libyaml's parser when it is installed: the same documents, a few times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A text.yaml that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True, slots=True)
class TextLexicon:
    """One language's text.yaml. Regex entries are fragments of larger patterns that
    are matched ignoring case; plain entries are words."""

    lang: str
    path: Path
    function_words: tuple[str, ...] = ()  # plain, lower case
    greetings: tuple[str, ...] = ()  # regex: "hi", "good (?:morning|afternoon)"
    signoffs: tuple[str, ...] = ()  # regex
    # regex of a fixed width, case as written: "[Dd]r" in "Dr. Weber" ends no sentence
    abbreviations: tuple[str, ...] = ()
    # (opening, closing) regexes: "On <date>, <name> wrote:" is ("On", "wrote\s*:")
    attributions: tuple[tuple[str, str], ...] = ()
    between_dashes: tuple[str, ...] = ()  # regex: "-----Original Message-----"
    before_colon: tuple[str, ...] = ()  # regex: "Begin forwarded message:"
    header_from: tuple[str, ...] = ()  # regex: "From:" of a header block
    header_sent: tuple[str, ...] = ()  # regex: its "Sent:"
    verbs_last: tuple[str, ...] = ()  # regex: "… Anna <a@b.fi> kirjoitti:"
    verbs_last_hints: tuple[str, ...] = ()  # plain: one must occur for the search
    date_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    weekday_abbreviations_also_words: tuple[str, ...] = ()  # plain
    short_full_weekdays: tuple[str, ...] = ()  # plain


# section -> key -> kind of entries ("words" plain text, "patterns" regexes)
_SCHEMA: dict[str, dict[str, str]] = {
    "": {
        "function_words": "words",
        "greetings": "patterns",
        "signoffs": "patterns",
        "abbreviations": "lookbehinds",
    },
    "quotes": {
        "attributions": "pairs",
        "between_dashes": "patterns",
        "before_colon": "patterns",
        "header_from": "patterns",
        "header_sent": "patterns",
        "verbs_last": "patterns",
        "verbs_last_hints": "words",
    },
    "dates": {
        "forms": "forms",
        "weekday_abbreviations_also_words": "words",
        "short_full_weekdays": "words",
    },
}
_FIELD = {"forms": "date_forms"}
_SECTIONS = frozenset(key for key in _SCHEMA if key)


@cache
def text_lexicons(directory: Path = LEXICON_DIR) -> Mapping[str, TextLexicon]:
    """Every `<lang>/text.yaml` in `directory`, by folder name, in folder-name order."""
    lexicons = {
        path.parent.name: _read(path.parent.name, path)
        for path in sorted(directory.glob(f"*/{FILE_NAME}"))
    }
    return MappingProxyType(lexicons)


def function_words(directory: Path = LEXICON_DIR) -> dict[str, tuple[str, ...]]:
    """Language -> its function words, for the languages that list any."""
    return {
        lang: lexicon.function_words
        for lang, lexicon in text_lexicons(directory).items()
        if lexicon.function_words
    }


def every(name: str, directory: Path = LEXICON_DIR) -> tuple[Any, ...]:
    """Field `name` of every language, concatenated in folder order, repeats dropped."""
    seen: dict[Any, None] = {}
    for lexicon in text_lexicons(directory).values():
        seen.update(dict.fromkeys(getattr(lexicon, name)))
    return tuple(seen)


def alternatives(name: str, directory: Path = LEXICON_DIR) -> str:
    """The patterns of field `name` of every language as one alternation ("a|b"), or a
    pattern that never matches when no language has any (never the empty pattern,
    which would match everywhere)."""
    return "|".join(every(name, directory)) or _NEVER


_NEVER = r"(?!x)x"


def _read(lang: str, path: Path) -> TextLexicon:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: expected a mapping of sections at the top")
    values: dict[str, Any] = {}
    for section, keys in _SCHEMA.items():
        block = data if not section else data.get(section) or {}
        if not isinstance(block, dict):
            raise LexiconError(f"{path}: {section} must be a mapping")
        allowed = set(keys) | (_SECTIONS if not section else set())
        unknown = sorted(str(key) for key in block if key not in allowed)
        if unknown:
            where = f"in {section}" if section else "at the top"
            raise LexiconError(
                f"{path}: unknown key {unknown[0]!r} {where}; "
                f"expected one of {', '.join(sorted(allowed))}"
            )
        for key, kind in keys.items():
            if key in block:
                name = f"{section}.{key}" if section else key
                values[_FIELD.get(key, key)] = _entries(path, name, kind, block[key])
    return TextLexicon(lang=lang, path=path, **values)


def _entries(path: Path, name: str, kind: str, value: Any) -> Any:
    if kind == "forms":
        if not isinstance(value, dict):
            raise LexiconError(f"{path}: {name} must map a month or weekday to forms")
        forms = {
            str(key): _entries(path, f"{name}.{key}", "words", words)
            for key, words in value.items()
        }
        return MappingProxyType(forms)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise LexiconError(f"{path}: {name} must be a list")
    if kind == "pairs":
        pairs = []
        for pair in value:
            if not (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(part, str) for part in pair)
            ):
                raise LexiconError(
                    f"{path}: {name}: each entry is [opening, closing], got {pair!r}"
                )
            for part in pair:
                _check_pattern(path, name, part)
            pairs.append((pair[0], pair[1]))
        return tuple(pairs)
    for entry in value:
        if not isinstance(entry, str):
            raise LexiconError(
                f"{path}: {name}: entry {entry!r} is not text; quote it "
                "(YAML reads no, on, yes, off as booleans and 1 as a number)"
            )
        if kind in ("patterns", "lookbehinds"):
            _check_pattern(path, name, entry)
        if kind == "lookbehinds":
            try:
                re.compile(rf"(?<!\b{entry}\.)")
            except re.error as exc:
                raise LexiconError(
                    f"{path}: {name}: {entry!r} must match a fixed number of "
                    f"characters ({exc})"
                ) from exc
    return tuple(value)


def _check_pattern(path: Path, name: str, pattern: str) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise LexiconError(f"{path}: {name}: bad pattern {pattern!r}: {exc}") from exc
    if compiled.groups:
        raise LexiconError(
            f"{path}: {name}: use non-capturing groups (?:...) in {pattern!r}"
        )
