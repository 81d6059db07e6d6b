"""spaCy components for outgoing mail: line-aware sentences and lexicon cues.

Registered the way spaCy recommends (`@Language.component` / `@Language.factory`),
so a pipeline can be assembled from config and the matchers are built once.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from guard.analysis.outgoing_lexicon import GAP_OP, NUMBER, is_gapped, load_outgoing

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
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" not in previous.text and "\n" not in previous.whitespace_:
            continue
        if token.is_space:
            continue
        if previous.text.count("\n") > 1 or _starts_like_a_sentence(token.text):
            token.is_sent_start = True
    return doc


def _starts_like_a_sentence(text: str) -> bool:
    first = text[0]
    return not first.islower()


class CueMatcher:
    """Finds the lexicon's phrases; results go to `doc._.guard_cues`."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr=MATCH_ATTR)
        self.gapped = Matcher(nlp.vocab)
        for label, phrases in load_outgoing(lang).items():
            plain = [nlp.make_doc(p) for p in phrases if not is_gapped(p)]
            if plain:
                self.phrases.add(label, plain)
            patterns = [self._pattern(nlp, p) for p in phrases if is_gapped(p)]
            if patterns:
                self.gapped.add(label, patterns)

    @staticmethod
    def _pattern(nlp: Language, phrase: str) -> list[dict[str, object]]:
        pattern: list[dict[str, object]] = []
        for word in phrase.split():
            if word == "*":
                pattern.append({"IS_SPACE": False, "IS_PUNCT": False, "OP": GAP_OP})
            elif word == NUMBER:
                pattern.append({"LIKE_NUM": True})
            else:
                pattern.extend({MATCH_ATTR: t.norm_} for t in nlp.make_doc(word))
        return pattern

    def __call__(self, doc: Doc) -> Doc:
        matches = [*self.phrases(doc), *self.gapped(doc)]
        by_label: dict[int, list] = {}
        for match_id, start, end in matches:
            by_label.setdefault(match_id, []).append(doc[start:end])
        cues = []
        for match_id, spans in by_label.items():
            label = doc.vocab.strings[match_id]
            cues.extend(
                (label, s.start_char, s.end_char) for s in filter_spans(spans)
            )
        doc._.guard_cues = tuple(sorted(cues, key=lambda c: (c[1], c[2])))
        return doc


@Language.factory("guard_outgoing_cues", default_config={"lang": None})
def make_cue_matcher(nlp: Language, name: str, lang: str | None) -> CueMatcher:
    return CueMatcher(nlp, lang or nlp.lang)
