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
import re
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import NamedTuple

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, NORM
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import filter_spans

from guard.analysis.outgoing.affixes import affix_rules, split_run
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
_NONES = itertools.repeat(None)
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


# A run of whitespace or of anything else: the stretches spaCy's tokenizer splits the
# text into (`re`'s \s is exactly str.isspace, which it uses).
_RUNS = re.compile(r"\s+|\S+")
_Row = tuple[int, int, int, int, int, int]  # idx in the run, LENGTH, NORM, flags
# rows; the first and last token's text where a special case's pattern could join it
# to a neighbour's; whether the run's own tokens could hold a special case
_Entry = tuple[tuple[_Row, ...], str | None, str | None, bool]


class RunTokenizer:
    """`token_table(nlp.make_doc(text))` without making the doc, for the hot path.

    spaCy's tokenizer splits the text into runs of whitespace and of other characters
    (a single space after a word only marks that word), tokenizes each run on its own
    (and caches it by its text), then applies special cases that match across the
    tokens of the whole text. So the table of a text is the tables of its runs, placed
    at their offsets: each run's rows are kept here. A run not seen before (~7.5 in a
    varied mail, even with the cache full: names, figures, rare words) is split by
    spaCy's affix rules run in Python (affixes.py), and goes to spaCy only where a
    special case may apply. Making the doc cost ~0.7 ms per varied 150-word mail,
    mostly creating lexemes for words it had forgotten (pipeline.VOCAB_CEILING).

    A special case spanning two runs ("a. m." after "a." and "m.") would join their
    tokens: where two neighbouring runs end and start with tokens that are neighbours
    in a special case's pattern, `table` returns None and the caller asks spaCy.
    """

    # Runs remembered by all languages together; when full, the fullest language
    # drops its oldest half. bench.memory after 50,000 varied checks: 40,000 runs
    # 317 MB, 20,000 303 MB at the same speed; 15,000 and fewer evict what the next
    # mails need (varied mail 25-60 % slower).
    MAX_RUNS = 20_000

    def __init__(
        self,
        nlp: Language,
        zone: Callable[[Language], AbstractContextManager] | None = None,
    ) -> None:
        """`zone(nlp)`: where docs may be made and read (a spaCy memory zone past the
        vocab ceiling, see pipeline.tokenizing); the rows taken out are plain ints."""
        self.nlp = nlp
        self._zone = zone or (lambda nlp: nullcontext())
        # run -> its rows, and its first and last token where a special case's
        # pattern could join them to a neighbour's ("risky" runs: those that can)
        self.runs: dict[str, _Entry] = {}
        self._risky: set[str] = set()  # runs whose last token can start a pair
        self._joining: set[str] = set()  # runs whose first token can end one
        self.lock = threading.Lock()
        # Neighbouring token texts in the patterns of the special cases the
        # tokenizer matches across the doc (those with an affix or a space).
        # pair -> (pattern, where the pair sits in it)
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], int]]] = {}
        self._single: set[str] = set()  # one-token patterns
        tokenizer = nlp.tokenizer
        self._rules = frozenset(tokenizer.rules or {})
        self._affixes = affix_rules(tokenizer, self._rules)
        plain = Tokenizer(
            nlp.vocab,
            rules={},
            prefix_search=tokenizer.prefix_search,
            suffix_search=tokenizer.suffix_search,
            infix_finditer=tokenizer.infix_finditer,
            token_match=tokenizer.token_match,
            url_match=tokenizer.url_match,
        )
        for string in tokenizer.rules or {}:
            if (
                " " in string
                or tokenizer.find_prefix(string)
                or tokenizer.find_infix(string)
                or tokenizer.find_suffix(string)
            ):
                pattern = tuple(t.text for t in plain(string))
                if len(pattern) == 1:
                    self._single.add(pattern[0])
                for at, pair in enumerate(itertools.pairwise(pattern)):
                    self._pairs.setdefault(pair, []).append((pattern, at))
        self._firsts = {a for a, _ in self._pairs}
        self._seconds = {b for _, b in self._pairs}

    def table(self, text: str) -> TokenTable | None:
        """The token table of `text`, or None where only spaCy can tell."""
        if len(text) > self.nlp.max_length:
            return None  # make_doc raises its own error
        if not text:
            return TokenTable([], [], [], [], [], [])
        # In C where it can be: the runs, their cached rows, their offsets.
        pieces = _RUNS.findall(text)
        entries = list(map(self.runs.get, pieces))
        if None in entries:
            self._add_missing(pieces, entries)
        if pieces[0][0] == " ":  # at the start, a space marks no word
            with self._zone(self.nlp):
                entries[0] = self._tokenize(pieces[0])
        offsets = itertools.accumulate(map(len, pieces), initial=0)
        rows = [row for entry in entries for row in entry[0]]
        if not rows:
            return TokenTable([], [], [], [], [], [])
        starts = [
            at for entry, at in zip(entries, offsets, strict=False) for _ in entry[0]
        ]
        rel, length, norm, space, punct, num = (
            list(c) for c in zip(*rows, strict=True)
        )
        idx = list(map(operator.add, starts, rel))
        if (
            not self._risky.isdisjoint(pieces)
            and self._may_join(pieces)
            and self._joined(text, idx, length, entries)
        ):
            return None
        return TokenTable(norm, idx, length, space, punct, num)

    def _add_missing(self, pieces: list[str], entries: list) -> None:
        """Tokenize the runs not seen before: the words in one doc (a newline
        between them, which no special case's pattern holds), the rest alone."""
        missing = dict.fromkeys(
            itertools.compress(pieces, map(operator.is_, entries, _NONES))
        )
        new: dict[str, _Entry] = {}
        words = []
        for piece in missing:
            if piece[0].isspace():
                continue
            entry = self._split_entry(piece)
            if entry is None:
                words.append(piece)
            else:
                new[piece] = entry
        if len(new) < len(missing):  # spaCy tells the rest
            with self._zone(self.nlp):
                self._tokenize_missing(missing, words, new)
        self._store(new)
        entries[:] = map(new.get, pieces, entries)

    def _tokenize_missing(
        self, missing: dict[str, None], words: list[str], new: dict[str, _Entry]
    ) -> None:
        """spaCy's entries of the missing `words` and whitespace runs."""
        if len(words) > 1:
            doc = self.nlp.make_doc("\n".join(words))
            tokens: dict[str, list] = {word: [] for word in words}
            starts = {}
            at = 0
            for word in words:
                starts[at] = word
                at += len(word) + 1
            current = words[0]
            for t in doc:
                current = starts.get(t.idx, current)
                if not (t.text == "\n" and t.idx == _end(tokens[current])):
                    tokens[current].append(t)
            for word in words:
                new[word] = self._entry(tokens[word], tokens[word][0].idx)
        elif words:
            new[words[0]] = self._tokenize(words[0])
        for piece in missing:
            if piece[0] == " ":
                new[piece] = self._tokenize(piece[1:], 1)
            elif piece[0].isspace():
                new[piece] = self._tokenize(piece)

    def _split_entry(self, run: str) -> _Entry | None:
        """The entry of a run no special case touches, from spaCy's affix and infix
        rules run in Python (affixes.py) and the lexical attribute getters as new
        lexemes would have them, without creating them (~15 getters in Python, and a
        memory zone, per new word); None where spaCy must tell."""
        texts = split_run(self._affixes, run)
        if not texts:
            return None
        own = any(pair in self._pairs for pair in itertools.pairwise(texts)) or any(
            t in self._single or t in self._rules for t in texts
        )
        if own:  # the special-case matcher could join or retokenize them
            return None
        rows = []
        at = 0
        for text in texts:
            rows.append(self._row(text, at))
            at += len(text)
        return (
            tuple(rows),
            texts[0] if texts[0] in self._seconds else None,
            texts[-1] if texts[-1] in self._firsts else None,
            False,
        )

    def _row(self, text: str, at: int) -> _Row:
        getters = self.nlp.vocab.lex_attr_getters
        norm = getters[NORM](text) if NORM in getters else text.lower()
        punct = bool(getters[IS_PUNCT](text)) if IS_PUNCT in getters else False
        num = bool(getters[LIKE_NUM](text)) if LIKE_NUM in getters else False
        return (at, len(text), get_string_id(norm), 0, int(punct), int(num))

    def _tokenize(self, run: str, shift: int = 0) -> _Entry:
        if not run:
            return ((), None, None, False)
        return self._entry(list(self.nlp.make_doc(run)), -shift)

    def _entry(self, tokens: list, base: int) -> _Entry:
        found = tuple(
            (
                t.idx - base,
                len(t),
                t.norm,
                int(t.is_space),
                int(t.is_punct),
                int(t.like_num),
            )
            for t in tokens
        )
        texts = [t.text for t in tokens]
        first, last = texts[0], texts[-1]
        own = any(pair in self._pairs for pair in itertools.pairwise(texts)) or any(
            t in self._single or t in self._rules for t in texts
        )
        return (
            found,
            first if first in self._seconds else None,
            last if last in self._firsts else None,
            own,
        )

    def _store(self, new: dict[str, _Entry]) -> None:
        runs = self.runs
        tokenizers = [t for _, t in _RUN_TOKENIZERS.values()]
        if self not in tokenizers:
            tokenizers.append(self)
        total = sum(map(_size, tokenizers))
        for piece, entry in new.items():
            if total >= self.MAX_RUNS:
                fullest = max(tokenizers, key=_size)
                total -= len(fullest.runs)
                fullest._forget_oldest()
                total += len(fullest.runs)
            runs[piece] = entry
            total += 1
            if entry[2] is not None:
                self._risky.add(piece)
            if entry[1] is not None:
                self._joining.add(piece)

    def _may_join(self, pieces: list[str]) -> bool:
        """Whether a run that can start a pattern's pair is followed (past a single
        space) by one that can end it: most mails have the first kind only."""
        risky, joining = self._risky, self._joining
        if joining.isdisjoint(pieces):
            return False
        last = len(pieces) - 1
        for i in [i for i, piece in enumerate(pieces) if piece in risky]:
            after = i + 2 if i < last and pieces[i + 1] == " " else i + 1
            if after <= last and pieces[after] in joining:
                return True
        return False

    def _forget_oldest(self) -> None:
        runs = self.runs
        for key in list(itertools.islice(runs, (len(runs) + 1) // 2)):
            del runs[key]
            self._risky.discard(key)
            self._joining.discard(key)

    def _joined(
        self, text: str, idx: list[int], length: list[int], entries: list[_Entry]
    ) -> bool:
        """Whether a special case's pattern matches across neighbouring runs and may
        change the tokens: spaCy's matcher finds ": o" (":o") across the space, but
        retokenizes only a span whose text is a special case (one with a space), and
        such a match hides the runs' own special cases from it."""
        joins = []  # (index of the token before, pair)
        special: list[bool] = []
        last = None
        for found, first, end_text, own in entries:
            if not found:
                continue
            if last is not None and first is not None and (last, first) in self._pairs:
                joins.append((len(special) - 1, (last, first)))
            last = end_text
            special += [own] * len(found)
        for before, pair in joins:
            for pattern, at in self._pairs[pair]:
                start, end = before - at, before - at + len(pattern)
                if start < 0 or end > len(idx):
                    continue
                if all(
                    text[idx[i] : idx[i] + length[i]] == part
                    for i, part in enumerate(pattern, start)
                ) and (
                    text[idx[start] : idx[end - 1] + length[end - 1]] in self._rules
                    or any(special[start:end])
                ):
                    return True
        return False


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
        # The plain phrases' norms, with their labels (`_phrase_matches`), and a doc
        # of each, to ask the PhraseMatcher the order of labels sharing a phrase.
        labels_of: dict[tuple[int, ...], list[int]] = {}
        doc_of: dict[tuple[int, ...], Doc] = {}
        for label, phrases in load_outgoing(lang).items():
            plain = [p for p in phrases if not is_gapped(p)]
            if plain:
                docs = [nlp.make_doc(v) for v in expand_all(plain)]
                self.phrases.add(label, docs)
                key = self.strings.add(label)
                for doc in docs:
                    norms = tuple(t.norm for t in doc)
                    if norms and doc_of.setdefault(norms, doc) is doc:
                        labels_of[norms] = [key]
                    elif norms and key not in labels_of[norms]:
                        labels_of[norms].append(key)
            patterns = [
                pat for p in phrases if is_gapped(p) for pat in _compile(nlp, p)
            ]
            if patterns:
                self.gapped.add(label, patterns)
                key = self.strings.add(label)
                fast.extend((key, steps) for steps in map(_steps, patterns))
        # first norm -> [(size, {norms: labels})]
        # first norm -> (labels of the one-word phrases, second norm -> [(size,
        # {norms: labels})]): a common first word ("i", "the") starts many phrases,
        # its next word few.
        self._phrase_index: dict[int, tuple[list[int], dict[int, list]]] = {}
        by_first: dict[int, tuple[list[int], dict[int, dict]]] = {}
        for norms, keys in labels_of.items():
            if len(keys) > 1:
                keys = self._matcher_order(doc_of[norms])
            singles, by_second = by_first.setdefault(norms[0], ([], {}))
            if len(norms) == 1:
                singles += keys
            else:
                sizes = by_second.setdefault(norms[1], {})
                sizes.setdefault(len(norms), {})[norms] = keys
        for first, (singles, by_second) in by_first.items():
            self._phrase_index[first] = (
                singles,
                {second: sorted(sizes.items()) for second, sizes in by_second.items()},
            )
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

    def _matcher_order(self, doc: Doc) -> list[int]:
        """The labels of the phrase `doc` in the PhraseMatcher's output order: where
        two labels share a span, the cues keep the order their first matches came in,
        and the matcher gives a phrase's labels in the order of its hash table."""
        whole = [key for key, s, e in self.phrases(doc) if (s, e) == (0, len(doc))]
        return list(dict.fromkeys(whole))

    def __call__(self, doc: Doc) -> Doc:
        doc._.guard_cues = self.find(doc)
        return doc

    def find(self, doc: Doc, table: TokenTable | None = None) -> tuple[Cue, ...]:
        """The cues of `doc`, sorted by offsets: what the component stores."""
        if not self._supported:
            return self._find_with_matcher(doc)
        table = table if table is not None else token_table(doc)
        found = self._find(table, self.phrases(doc))
        return found if found is not None else self._find_with_matcher(doc)

    def find_in(self, table: TokenTable) -> tuple[Cue, ...] | None:
        """`find` from the token table alone, or None in the rare cases only spaCy's
        matchers settle (then `find` on the doc)."""
        if not self._supported:
            return None
        # Two phrase labels on one span come in the PhraseMatcher's order
        # (`_matcher_order`); `_find` says where a gapped pattern's label needs the
        # Matcher's.
        return self._find(table, self._phrase_matches(table.norm))

    def _find(
        self, table: TokenTable, phrase_matches: list[tuple[int, int, int]]
    ) -> tuple[Cue, ...] | None:
        """The cues from the phrase matches and the gapped patterns, or None where
        only the Matcher can order them."""
        by_label: dict[int, set[tuple[int, int]]] = {}
        for match_id, start, end in phrase_matches:
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
                    return None
                cues.append((label, idx[start], idx[end - 1] + length[end - 1]))
        return tuple(sorted(cues, key=_OFFSETS))

    def _phrase_matches(self, norms: list[int]) -> list[tuple[int, int, int]]:
        """What the PhraseMatcher (on NORM) finds: (label, start, end), any order."""
        by_first = self._phrase_index
        matches = []
        last = len(norms) - 1
        for i in [i for i, norm in enumerate(norms) if norm in by_first]:
            singles, by_second = by_first[norms[i]]
            if singles:
                matches += [(key, i, i + 1) for key in singles]
            if i < last and norms[i + 1] in by_second:
                for size, phrases in by_second[norms[i + 1]]:
                    keys = phrases.get(tuple(norms[i : i + size]))
                    if keys:
                        matches += [(key, i, i + size) for key in keys]
        return matches

    def _gapped_matches(self, table: TokenTable) -> list[tuple[int, int, int]]:
        anchored = self._anchored
        if not self._unanchored and anchored.keys().isdisjoint(table.norm):
            return []  # most mails hold no anchor word (a scan in C)
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


_RUN_TOKENIZERS: dict[int, tuple[Language, RunTokenizer]] = {}


def run_tokenizer(
    nlp: Language, zone: Callable[[Language], AbstractContextManager] | None = None
) -> RunTokenizer:
    """The RunTokenizer of `nlp`, made on first use."""
    found = _RUN_TOKENIZERS.get(id(nlp))
    if found is None or found[0] is not nlp:
        found = _RUN_TOKENIZERS[id(nlp)] = (nlp, RunTokenizer(nlp, zone))
    return found[1]


def _end(tokens: list) -> int:
    """Where the last of `tokens` ends (-1 for none)."""
    return tokens[-1].idx + len(tokens[-1]) if tokens else -1


def _size(tokenizer: RunTokenizer) -> int:
    return len(tokenizer.runs)
