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

from collections.abc import Container

from spacy.tokenizer import Tokenizer


def split_run(
    tokenizer: Tokenizer, rules: Container[str], run: str
) -> list[str] | None:
    """The texts of the tokens spaCy makes of `run` (no whitespace in it), or None
    where one of the special cases `rules` (the tokenizer's) is met on the way."""
    if run in rules:
        return None
    token_match = tokenizer.token_match
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
        pre_len = tokenizer.find_prefix(string)
        if pre_len and string[pre_len:] in rules:
            return None
        suf_len = tokenizer.find_suffix(string[pre_len:])
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
        prefixes += _attach(tokenizer, string)
    prefixes += reversed(suffixes)
    return prefixes


def _attach(tokenizer: Tokenizer, string: str) -> list[str]:
    """_attach_tokens for what the affixes left: whole where the token or URL
    expression matches it, else split at the infixes."""
    if (tokenizer.token_match is not None and tokenizer.token_match(string)) or (
        tokenizer.url_match is not None and tokenizer.url_match(string)
    ):
        return [string]
    matches = tokenizer.find_infix(string)
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
