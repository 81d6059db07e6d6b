"""Cue phrases for inbound replies, loaded once from rules/lexicon/<lang>/inbound.yaml.

Every category becomes one compiled regular expression over all languages, with one
named group per language, so a single search says both *that* a cue is present and
*which* language it came from (used to pin dateparser). Patterns and text are matched
after `fold()`, so "Atvalinājums", "atvaļinājums" and "atvalinajums" are one cue.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from guard.analysis.outgoing.lexicon import SAFE_LOADER
from guard.analysis.text import regex_cache

log = logging.getLogger("guard.analysis.inbound")

LEXICON_DIR = Path(__file__).resolve().parents[3] / "rules" / "lexicon"
# Scripts without spaces between words, and Korean, whose particles attach to the word
# ("휴가 중이며"): a word boundary would never match inside them.
NO_WORD_BOUNDARIES = frozenset({"zh", "ja", "ko"})
_GROUP = "L_"
# Connectors read after a date rather than right before it: "28 November inclusive",
# and postpositions ("20.2. asti", "1月5日まで").
_FOLLOWING_CONNECTORS = (".inclusive", ".ignore", ".until_after")


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    base = decomposed[:1]
    if len(base) == 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return base.lower() if len(base.lower()) == 1 else base
    return ch.lower() if len(ch.lower()) == 1 else ch


_FOLD_CACHE: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower-case, accent-free copy of `text`, same length (offsets stay valid)."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        folded = _FOLD_CACHE.get(ch)
        if folded is None:
            folded = _FOLD_CACHE[ch] = _fold_char(ch)
        out.append(folded)
    return "".join(out)


# Letters of the scripts that are not Latin: a pattern that needs one can never match
# a text without any, so Latin-script mail is searched with the Latin patterns only.
_NON_LATIN = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]"
)
# The last text checked and whether it is Latin only: one message is searched many
# times in a row. One tuple, replaced whole, so that threads never mix two answers.
_last: tuple[str | None, bool] = (None, False)


def _latin_only(text: str) -> bool:
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    answer = _NON_LATIN.search(text) is None
    _last = (text, answer)
    return answer


@dataclass(frozen=True, slots=True)
class Cue:
    """One category's patterns for every language, as a single regex; `latin` holds
    only the patterns a text in a Latin script can match (None: the same)."""

    pattern: re.Pattern[str] | None
    latin: re.Pattern[str] | None = None

    def _for(self, text: str) -> re.Pattern[str] | None:
        if self.latin is not None and _latin_only(text):
            return self.latin
        return self.pattern

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match | None:
        pattern = self._for(text)
        if pattern is None:
            return None
        return pattern.search(text, pos, len(text) if endpos is None else endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match]:
        pattern = self._for(text)
        if pattern is None:
            return iter(())
        return pattern.finditer(text, pos, len(text) if endpos is None else endpos)


def cue_language(match: re.Match) -> str:
    """The language whose pattern produced `match`."""
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(_GROUP):
            return name[len(_GROUP) :]
    return "en"


@dataclass(frozen=True, slots=True)
class InboundLexicon:
    languages: tuple[str, ...]
    cues: dict[str, Cue]

    def cue(self, name: str) -> Cue:
        return self.cues.get(name, Cue(None))


def _fold_pattern(pattern: str) -> str:
    """The pattern as it must be written to match folded text: lower case, no accents.

    Escapes ("\\S", "\\W") are kept as they are: lower-casing them would change their
    meaning. Matching folded text without re.IGNORECASE is also about twice as fast.
    """
    out: list[str] = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else _fold_char(ch))
        escaped = not escaped and ch == "\\"
    return "".join(out)


def _wrap(patterns: list[str], *, anchored_end: bool) -> str:
    body = "|".join(_fold_pattern(p) for p in patterns)
    if anchored_end:
        # connectors are matched at the end of the text just before a date
        return rf"(?<!\w)(?:{body})[\s,:]*(?:the\s+|den\s+|dem\s+|le\s+|el\s+|il\s+)?$"
    return f"(?:{body})"


def _check(lang: str, key: str, patterns: list[str]) -> None:
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(
                f"{lang}/inbound.yaml {key}: bad pattern {pattern!r}: {exc}"
            ) from exc
        if compiled.groups:
            raise ValueError(
                f"{lang}/inbound.yaml {key}: use non-capturing groups (?:...) "
                f"in {pattern!r}"
            )


def _flatten(data: dict, prefix: str = "") -> Iterator[tuple[str, list[str]]]:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from _flatten(value, f"{name}.")
        elif isinstance(value, list):
            yield name, [str(v) for v in value]


def _compile(per_lang: dict[str, dict[str, list[str]]]) -> dict[str, Cue]:
    names = sorted({name for entries in per_lang.values() for name in entries})
    cues: dict[str, Cue] = {}
    for name in names:
        every = _compile_one(per_lang, name, latin=False)
        latin = _compile_one(per_lang, name, latin=True)
        same = (
            latin is not None and every is not None and latin.pattern == every.pattern
        )
        cues[name] = Cue(every, None if same else latin or _NEVER)
    return cues


_NEVER = re.compile(r"(?!x)x")


def _compile_one(
    per_lang: dict[str, dict[str, list[str]]], name: str, *, latin: bool
) -> re.Pattern[str] | None:
    anchored = name.startswith("connectors.") and not name.endswith(
        _FOLLOWING_CONNECTORS
    )
    spaced, unspaced = [], []
    for lang, entries in per_lang.items():
        patterns = [
            p for p in entries.get(name) or () if not (latin and _NON_LATIN.search(p))
        ]
        if patterns:
            group = f"(?P<{_GROUP}{lang}>{_wrap(patterns, anchored_end=anchored)})"
            (unspaced if lang in NO_WORD_BOUNDARIES else spaced).append(group)
    # One word boundary around all spaced languages is much faster than one each.
    alternatives = [f"(?<!\\w)(?:{'|'.join(spaced)})(?!\\w)"] if spaced else []
    if anchored:
        alternatives = spaced
    alternatives += unspaced
    return re.compile("|".join(alternatives)) if alternatives else None


@cache
def load_lexicon(directory: Path = LEXICON_DIR) -> InboundLexicon:
    """All inbound lexicons in `directory`, compiled once per process.

    With a regex cache (regex_cache.keep_in; the app: GUARD_STATE_DIR/cache) the
    compiled expressions are also kept until the YAML or this module changes: reading
    them back costs milliseconds, compiling ~0.7 s CPU (YAML, checks, ~1,000 regexes).
    """
    sources = [
        (path.parent.name, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*/inbound.yaml"))
    ]
    if not sources:
        raise FileNotFoundError(
            f"no inbound lexicons in {directory}: expected <lang>/inbound.yaml"
        )
    if regex_cache.directory() is None:
        return _load(sources)
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(unicodedata.unidata_version.encode())
    for lang, text in sources:
        digest.update(f"\0{lang}\0{len(text)}\0{text}".encode())
    kept = regex_cache.read("inbound-lexicon", digest.hexdigest())
    lexicon = _restore(kept) if kept is not None else None
    if lexicon is None:
        with regex_cache.recording(min_chars=0) as recorded:
            lexicon = _load(sources)
        payload = _keep(lexicon, recorded)
        if payload is not None:
            regex_cache.write("inbound-lexicon", digest.hexdigest(), payload)
    return lexicon


def _load(sources: list[tuple[str, str]]) -> InboundLexicon:
    per_lang: dict[str, dict[str, list[str]]] = {}
    for lang, text in sources:
        data = yaml.load(text, Loader=SAFE_LOADER) or {}
        entries = dict(_flatten(data))
        for key, patterns in entries.items():
            _check(lang, key, patterns)
        per_lang[lang] = entries
    return InboundLexicon(languages=tuple(per_lang), cues=_compile(per_lang))


_KEPT_NEVER = "never"  # a Cue's `latin` is _NEVER


def _keep(lexicon: InboundLexicon, recorded: dict[Any, Any]) -> Any:
    """The lexicon as data for regex_cache, or None if a pattern cannot be kept as
    exactly what was compiled."""

    def entry(pattern: re.Pattern[str] | None) -> Any:
        if pattern is None:
            return None
        kept = recorded.get((pattern.pattern, 0)) or regex_cache.derive(
            pattern.pattern, 0
        )
        if regex_cache.compiled(kept) != pattern:
            raise ValueError(pattern.pattern[:80])
        return kept

    try:
        cues = [
            (
                name,
                entry(cue.pattern),
                _KEPT_NEVER if cue.latin is _NEVER else entry(cue.latin),
            )
            for name, cue in lexicon.cues.items()
        ]
    except ValueError:
        return None
    return (lexicon.languages, cues)


def _restore(kept: Any) -> InboundLexicon | None:
    try:
        languages, cues = kept
        entries = [e for _, every, latin in cues for e in (every, latin) if e]
        patterns = regex_cache.restored([e for e in entries if e != _KEPT_NEVER])
        if patterns is None:
            return None

        def pattern(e: Any) -> re.Pattern[str] | None:
            if e is None:
                return None
            return _NEVER if e == _KEPT_NEVER else patterns[e[0], e[1]]

        return InboundLexicon(
            languages=tuple(languages),
            cues={name: Cue(pattern(e), pattern(latin)) for name, e, latin in cues},
        )
    except (TypeError, ValueError, KeyError) as exc:
        log.warning("ignoring the kept inbound lexicon: %s", exc)
        return None
