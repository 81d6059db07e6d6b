"""spaCy components for outgoing mail: line-aware sentences and lexicon cues.

Registered the way spaCy recommends (`@Language.component` / `@Language.factory`),
so a pipeline can be assembled from config and the matchers are built once.
"""

from __future__ import annotations

import itertools

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from guard.analysis.outgoing_lexicon import (
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

if not Doc.has_extension("guard_cues"):
    # (label, start_char, end_char) of every lexicon phrase found in the doc.
    Doc.set_extension("guard_cues", default=())


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


class CueMatcher:
    """Finds the lexicon's phrases; results go to `doc._.guard_cues`."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr=MATCH_ATTR)
        self.gapped = Matcher(nlp.vocab)
        for label, phrases in load_outgoing(lang).items():
            plain = [p for p in phrases if not is_gapped(p)]
            if plain:
                self.phrases.add(label, [nlp.make_doc(v) for v in expand_all(plain)])
            patterns = [
                pat for p in phrases if is_gapped(p) for pat in _compile(nlp, p)
            ]
            if patterns:
                self.gapped.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        matches = [*self.phrases(doc), *(self.gapped(doc) if len(self.gapped) else ())]
        by_label: dict[int, list] = {}
        for match_id, start, end in matches:
            by_label.setdefault(match_id, []).append(doc[start:end])
        cues = []
        for match_id, spans in by_label.items():
            label = doc.vocab.strings[match_id]
            cues.extend((label, s.start_char, s.end_char) for s in filter_spans(spans))
        doc._.guard_cues = tuple(sorted(cues, key=lambda c: (c[1], c[2])))
        return doc


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
