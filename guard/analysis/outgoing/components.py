"""spaCy components for outgoing mail: line-aware sentences and lexicon cues.

Registered the way spaCy recommends (`@Language.component` / `@Language.factory`),
so a pipeline can be assembled from config and the matchers are built once.

The hot path (`analyse_outgoing`, every check) does not run these components token
by token: `token_table()` reads the few token attributes it needs in one
`Doc.to_array` call, and `sentence_bounds()` / `CueMatcher.find()` compute the same
sentences and cues from it (tests/analysis/test_fast_paths.py holds them equal).
spaCy's `Matcher` costs ~55 µs per call even for one two-token pattern; our gapped
phrases are simple enough to match over the table in a few microseconds.
"""

from __future__ import annotations

import itertools
import operator
from typing import NamedTuple

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.util import filter_spans

from guard.analysis.outgoing.lexicon import (
    GAP_OP,
    NUMBER,
    expand_all,
    is_gapped,
    load_outgoing,
    parts,
)

# Matching on NORM makes "I've" and "I have" the same phrase in English; elsewhere
# NORM is the lower-cased form.
MATCH_ATTR = "NORM"
# The sentencizer's defaults, the ones `nlp.add_pipe("sentencizer")` uses.
PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)

if not Doc.has_extension("guard_cues"):
    # (label, start_char, end_char) of every lexicon phrase found in the doc.
    Doc.set_extension("guard_cues", default=())

Cue = tuple[str, int, int]
# Cues are ordered by their character offsets.
_OFFSETS = operator.itemgetter(1, 2)


class Columns:
    """The `to_array` result itself (uint64, one row per token, the columns in
    TokenTable's order), for numpy code: converting the lists back costs more."""

    __slots__ = ("array",)

    def __init__(self, array: np.ndarray) -> None:
        self.array = array

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Columns) and np.array_equal(self.array, other.array)

    __hash__ = None  # type: ignore[assignment]


class TokenTable(NamedTuple):
    """Per-token attributes of a doc as plain lists (one `to_array` call)."""

    norm: list[int]
    idx: list[int]
    length: list[int]
    is_space: list[int]
    is_punct: list[int]
    like_num: list[int]
    columns: Columns | None = None


def token_table(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [], [])
    columns = doc.to_array([NORM, IDX, LENGTH, IS_SPACE, IS_PUNCT, LIKE_NUM])
    return TokenTable(*columns.T.tolist(), columns=Columns(columns))


@Language.component("guard_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after a blank line, and at a new line that starts like one.

    Mail is written in lines: a bullet, a greeting or "{sender_name}" is its own unit
    even without a full stop; a hard-wrapped line that continues in lower case is not.
    """
    after_newline = False
    blank_line = False
    for token in doc:
        text = token.text
        if after_newline and not token.is_space and token.i > 0:
            if blank_line or not text[0].islower():
                token.is_sent_start = True
            after_newline = blank_line = False
        if "\n" in text or "\n" in token.whitespace_:
            after_newline = True
            blank_line = blank_line or text.count("\n") > 1
    return doc


def sentence_bounds(text: str, table: TokenTable) -> list[tuple[int, int]]:
    """(start_char, end_char) of `doc.sents` after guard_line_sentences + sentencizer.

    `text` is the doc's text. Only a whitespace token can hold a newline (a token's
    trailing whitespace is " " or nothing), and the sentencizer's punctuation marks
    are single characters, so most tokens need no string work at all.
    """
    n = len(table.idx)
    if not n:
        return []
    idx, length, is_space, is_punct = (
        table.idx,
        table.length,
        table.is_space,
        table.is_punct,
    )
    starts = [False] * n
    starts[0] = True
    after_newline = blank_line = seen_period = False
    start = 0
    for i in range(n):
        at = idx[i]
        if is_space[i]:
            # guard_line_sentences: a newline arms the next word's sentence start
            newlines = text.count("\n", at, at + length[i])
            if newlines:
                after_newline = True
                blank_line = blank_line or newlines > 1
            in_punct_chars = length[i] == 1 and text[at] in PUNCT_CHARS
        else:
            if after_newline and i > 0:
                if blank_line or not text[at].islower():
                    starts[i] = True
                after_newline = blank_line = False
            in_punct_chars = length[i] == 1 and text[at] in PUNCT_CHARS
        # the sentencizer (it only fills in tokens the first component left unset)
        if seen_period and not is_punct[i] and not in_punct_chars:
            starts[start] = True
            start = i
            seen_period = False
        elif in_punct_chars:
            seen_period = True
    starts[start] = True
    bounds = []
    first = 0
    for i in range(1, n):
        if starts[i]:
            bounds.append((idx[first], idx[i - 1] + length[i - 1]))
            first = i
    bounds.append((idx[first], idx[n - 1] + length[n - 1]))
    return bounds


# One step of a gapped pattern: (kind, norms, optional); kind is "norm", "gap" (a word:
# not space, not punctuation) or "num" (LIKE_NUM).
_Step = tuple[str, frozenset[int], bool]


class CueMatcher:
    """Finds the lexicon's phrases; results go to `doc._.guard_cues`."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr=MATCH_ATTR)
        self.gapped = Matcher(nlp.vocab)
        self.strings = nlp.vocab.strings
        fast: list[tuple[int, list[_Step]]] = []
        for label, phrases in load_outgoing(lang).items():
            plain = [p for p in phrases if not is_gapped(p)]
            if plain:
                self.phrases.add(label, [nlp.make_doc(v) for v in expand_all(plain)])
            patterns = [
                pat for p in phrases if is_gapped(p) for pat in _compile(nlp, p)
            ]
            if patterns:
                self.gapped.add(label, patterns)
                key = self.strings.add(label)
                fast.extend((key, steps) for steps in map(_steps, patterns))
        # Anchored patterns start with a required word: only its positions are tried,
        # and only the steps after it (`_anchored` holds those).
        self._supported = all(steps is not None for _, steps in fast)
        self._anchored: dict[int, list[tuple[int, list[_Step]]]] = {}
        self._unanchored: list[tuple[int, list[_Step]]] = []
        for key, steps in fast if self._supported else ():
            kind, norms, optional = steps[0]
            if kind == "norm" and not optional:
                for norm in norms:
                    self._anchored.setdefault(norm, []).append((key, steps[1:]))
            else:
                self._unanchored.append((key, steps))

    def __call__(self, doc: Doc) -> Doc:
        doc._.guard_cues = self.find(doc)
        return doc

    def find(self, doc: Doc, table: TokenTable | None = None) -> tuple[Cue, ...]:
        """The cues of `doc`, sorted by offsets: what the component stores."""
        if not self._supported:
            return self._find_with_matcher(doc)
        table = table if table is not None else token_table(doc)
        by_label: dict[int, set[tuple[int, int]]] = {}
        for match_id, start, end in self.phrases(doc):
            by_label.setdefault(match_id, set()).add((start, end))
        phrase_labels = set(by_label)
        for match_id, start, end in self._gapped_matches(table):
            by_label.setdefault(match_id, set()).add((start, end))
        idx, length = table.idx, table.length
        cues = []
        owners: dict[tuple[int, int], int] = {}
        for match_id, spans in by_label.items():
            label = self.strings[match_id]
            for start, end in _filter_spans(spans):
                if owners.setdefault((start, end), match_id) != match_id and not (
                    match_id in phrase_labels and owners[start, end] in phrase_labels
                ):
                    # Two labels on one span, one found only by a gapped pattern: the
                    # order between them is the Matcher's output order. Rare; ask it.
                    return self._find_with_matcher(doc)
                cues.append((label, idx[start], idx[end - 1] + length[end - 1]))
        return tuple(sorted(cues, key=_OFFSETS))

    def _gapped_matches(self, table: TokenTable) -> list[tuple[int, int, int]]:
        anchored = self._anchored
        matches = [
            (key, i, end)
            for i, norm in enumerate(table.norm)
            if norm in anchored
            for key, rest in anchored[norm]
            for end in _ends(rest, i + 1, table)
        ]
        matches += [
            (key, i, end)
            for key, steps in self._unanchored
            for i in range(len(table.norm))
            for end in _ends(steps, i, table)
            if end > i
        ]
        return matches

    def _find_with_matcher(self, doc: Doc) -> tuple[Cue, ...]:
        """The reference implementation: spaCy's matchers and `filter_spans`."""
        matches = [*self.phrases(doc), *(self.gapped(doc) if len(self.gapped) else ())]
        by_label: dict[int, list] = {}
        for match_id, start, end in matches:
            by_label.setdefault(match_id, []).append(doc[start:end])
        cues = []
        for match_id, spans in by_label.items():
            label = doc.vocab.strings[match_id]
            cues.extend((label, s.start_char, s.end_char) for s in filter_spans(spans))
        return tuple(sorted(cues, key=_OFFSETS))


def _filter_spans(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spacy.util.filter_spans` on (start, end) pairs: longest first, then earliest."""
    ordered = sorted(spans)
    if all(a[1] <= b[0] for a, b in itertools.pairwise(ordered)):
        return ordered  # nothing overlaps, so nothing is dropped (the usual case)
    result = []
    seen: set[int] = set()
    for start, end in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            result.append((start, end))
            seen.update(range(start, end))
    return sorted(result)


def _ends(steps: list[_Step], start: int, table: TokenTable) -> set[int]:
    """Every end of a match of `steps` from token `start` (the Matcher's semantics)."""
    n = len(table.norm)
    positions = {start}
    for kind, norms, optional in steps:
        following = set(positions) if optional else set()
        for p in positions:
            if p < n and _step_matches(kind, norms, p, table):
                following.add(p + 1)
        if not following:
            return following
        positions = following
    return positions


def _step_matches(kind: str, norms: frozenset[int], i: int, table: TokenTable) -> bool:
    if kind == "norm":
        return table.norm[i] in norms
    if kind == "gap":
        return not table.is_space[i] and not table.is_punct[i]
    return bool(table.like_num[i])


def _steps(pattern: list[dict[str, object]]) -> list[_Step] | None:
    """Our steps for a Matcher pattern, or None if it uses anything else."""
    steps: list[_Step] = []
    gap = {"IS_SPACE": False, "IS_PUNCT": False}
    low, high = (int(n) for n in GAP_OP.strip("{}").split(","))
    for spec in pattern:
        rest = {k: v for k, v in spec.items() if k != "OP"}
        op = spec.get("OP")
        if rest == gap and op == GAP_OP:
            steps += [("gap", frozenset(), False)] * low
            steps += [("gap", frozenset(), True)] * (high - low)
            continue
        if op not in (None, "?"):
            return None
        if rest == {"LIKE_NUM": True}:
            steps.append(("num", frozenset(), op == "?"))
        elif list(rest) == [MATCH_ATTR]:
            value = rest[MATCH_ATTR]
            words = value["IN"] if isinstance(value, dict) else [value]
            if isinstance(value, dict) and list(value) != ["IN"]:
                return None
            norms = frozenset(get_string_id(str(w)) for w in words)
            steps.append(("norm", norms, op == "?"))
        else:
            return None
    return steps


def _compile(nlp: Language, phrase: str) -> list[list[dict[str, object]]]:
    """Matcher patterns for a phrase with `*` or `#`.

    A group of one-word alternatives becomes one token with `IN` (and `OP: ?` when
    optional) instead of one pattern per alternative: the Matcher's cost grows with
    the number of patterns, and it runs on every check.
    """
    positions: list[list[list[dict[str, object]]]] = []
    for options in parts(phrase):
        optional = "" in options
        seqs = [_tokens(nlp, o) for o in options if o]
        if all(len(seq) == 1 and MATCH_ATTR in seq[0] for seq in seqs):
            spec: dict[str, object] = {
                MATCH_ATTR: {"IN": [s[0][MATCH_ATTR] for s in seqs]}
            }
            if optional:
                spec["OP"] = "?"
            positions.append([[spec]])
        else:
            positions.append(seqs + ([[]] if optional else []))
    return [
        [spec for seq in combination for spec in seq]
        for combination in itertools.product(*positions)
    ]


def _tokens(nlp: Language, word: str) -> list[dict[str, object]]:
    if word == "*":
        return [{"IS_SPACE": False, "IS_PUNCT": False, "OP": GAP_OP}]
    if word == NUMBER:
        return [{"LIKE_NUM": True}]
    return [{MATCH_ATTR: t.norm_} for t in nlp.make_doc(word)]


@Language.factory("guard_outgoing_cues", default_config={"lang": None})
def make_cue_matcher(nlp: Language, name: str, lang: str | None) -> CueMatcher:
    return CueMatcher(nlp, lang or nlp.lang)
