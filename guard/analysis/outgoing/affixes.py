"""spaCy's tokens of one run of non-space characters, in Python, without a doc.

RunTokenizer (components.py) tokenizes each run of a text once; a run it has not
seen before went to `nlp.make_doc`, which in a varied mail (made-up names, figures,
"(12345)", "¿Sabes", "follow-up") cost ~0.3 ms of its ~1.5: a memory zone, a doc and a
lexeme per new word. The rules that split a run are plain regular expressions, so the
same tokens come from spaCy's own steps (`Tokenizer._split_affixes` and
`_attach_tokens` in spacy/tokenizer.pyx, 3.8) written out here. Wherever a special
case could apply, `split_run` answers None and the caller asks spaCy
(tests/analysis/test_fast_paths.py holds the tokens equal to spaCy's).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from typing import NamedTuple

from spacy.tokenizer import Tokenizer

_Search = Callable[[str], object] | None


class AffixRules(NamedTuple):
    """A tokenizer's expressions, read once: its find_prefix and find_suffix are
    Python-level wrappers around them, and each attribute read is a property."""

    prefix_search: _Search
    suffix_search: _Search
    infix_finditer: _Search
    token_match: _Search
    url_match: _Search
    rules: Container[str]  # the special cases' texts


def affix_rules(tokenizer: Tokenizer, rules: Container[str]) -> AffixRules:
    """`rules`: the special cases' texts (the caller's set, not a copy)."""
    return AffixRules(
        tokenizer.prefix_search,
        tokenizer.suffix_search,
        tokenizer.infix_finditer,
        tokenizer.token_match,
        tokenizer.url_match,
        rules,
    )


def _length(search: _Search, string: str) -> int:
    """Tokenizer.find_prefix / find_suffix: the length of the match, or 0."""
    if search is None:
        return 0
    match = search(string)
    return (match.end() - match.start()) if match is not None else 0  # type: ignore[attr-defined]


def split_run(r: AffixRules, run: str) -> list[str] | None:
    """The texts of the tokens spaCy makes of `run` (no whitespace in it), or None
    where one of the special cases is met on the way."""
    rules, token_match = r.rules, r.token_match
    if run in rules:
        return None
    prefixes: list[str] = []
    suffixes: list[str] = []
    string = run
    last_size = 0
    # _split_affixes: peel prefixes and suffixes until neither is left
    while string and len(string) != last_size:
        if token_match is not None and token_match(string):
            break
        if string in rules:
            return None
        last_size = len(string)
        pre_len = _length(r.prefix_search, string)
        if pre_len and string[pre_len:] in rules:
            return None
        suf_len = _length(r.suffix_search, string[pre_len:])
        if suf_len and string[:-suf_len] in rules:
            return None
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            prefixes.append(string[:pre_len])
            suffixes.append(string[-suf_len:])
            string = string[pre_len:-suf_len]
        elif pre_len:
            prefixes.append(string[:pre_len])
            string = string[pre_len:]
        elif suf_len:
            suffixes.append(string[-suf_len:])
            string = string[:-suf_len]
    if string:
        if string in rules:
            return None
        prefixes += _attach(r, string)
    prefixes += reversed(suffixes)
    return prefixes


def _attach(r: AffixRules, string: str) -> list[str]:
    """_attach_tokens for what the affixes left: whole where the token or URL
    expression matches it, else split at the infixes."""
    if (r.token_match is not None and r.token_match(string)) or (
        r.url_match is not None and r.url_match(string)
    ):
        return [string]
    matches = list(r.infix_finditer(string)) if r.infix_finditer is not None else []
    if not matches:
        return [string]
    tokens = []
    start = 0
    for match in matches:
        infix_start, infix_end = match.start(), match.end()
        if infix_start == 0:  # spaCy's start_before_infixes, always 0
            continue
        if infix_start != start:
            tokens.append(string[start:infix_start])
        if infix_start != infix_end:  # an empty infix only splits
            tokens.append(string[infix_start:infix_end])
        start = infix_end
    if string[start:]:
        tokens.append(string[start:])
    return tokens
