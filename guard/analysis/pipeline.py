"""One cached spaCy pipeline per language: blank tokenizer, sentences, lexicon cues.

No lemmatizer: the lookup tables of spacy-lookups-data cost 13 s and ~450 MB to load
for our seven languages (measured), over the §8 start-up and memory budgets; the
lexicon lists inflected forms instead.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

from guard.analysis import components  # noqa: F401  (registers the factories)
from guard.analysis.language import SUPPORTED


@cache
def get_pipeline(lang: str) -> Language:
    """The outgoing-message pipeline for `lang`, built once per process."""
    if lang not in SUPPORTED:
        raise ValueError(
            f"Unsupported language {lang!r}: use one of {', '.join(SUPPORTED)}."
        )
    nlp = spacy.blank(lang)
    nlp.add_pipe("guard_line_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("guard_outgoing_cues", config={"lang": lang})
    return nlp


def warm_up(languages: tuple[str, ...] = SUPPORTED) -> None:
    """Build every pipeline now (at start-up) rather than on the first request."""
    for lang in languages:
        get_pipeline(lang)("warm up")
