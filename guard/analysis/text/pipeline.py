"""One cached spaCy pipeline per language: blank tokenizer, sentences, lexicon cues.

No lemmatizer: the lookup tables of spacy-lookups-data cost 13 s and ~450 MB to load
for our seven languages (measured), over the §8 start-up and memory budgets; the
lexicon lists inflected forms instead.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import spacy
from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from guard.analysis.outgoing import components  # noqa: F401  (registers the factories)
from guard.analysis.text import regex_cache
from guard.analysis.text.language import SUPPORTED, warm_up_detector

# spaCy's base exceptions make " ", "\t" and "\n" special cases that only repeat the
# token's own text. A special case takes the whole text through the special-case
# matcher and keeps its chunks out of the tokenizer cache: a mail with single line
# breaks tokenized ~10x slower (0.5 ms for 150 words). Without them the tokens,
# offsets and norms are the same (checked on the corpora). "\xa0" stays: it sets NORM.
_PLAIN_WHITESPACE_RULES = ("\n", "\t", " ")
# Start-up (budget in README "Measured": ready to serve <= 5 s, every pipeline
# loaded before /readyz says ready): the app builds English before serving, then the
# other languages in a background thread while /readyz answers 503 "starting": Dutch
# costs ~0.45 s CPU (4,670 tokenizer exceptions), French 2.5 s at a first start
# (importing spacy.lang.fr compiles its 1.45 M-character TOKEN_MATCH regex) and 0.1 s
# once the regex cache holds it (regex_cache.py). A check that came meanwhile would
# wait for its language's build; a balancer sends none before ready.

_PIPELINES: dict[str, Language] = {}
# One lock per language: a request for a language being built waits for that build
# instead of starting a second one.
_LOCKS = {lang: threading.Lock() for lang in SUPPORTED}


def get_pipeline(lang: str) -> Language:
    """The outgoing-message pipeline for `lang`, built once per process."""
    nlp = _PIPELINES.get(lang)
    if nlp is not None:
        return nlp
    if lang not in SUPPORTED:
        raise ValueError(
            f"Unsupported language {lang!r}: use one of {', '.join(SUPPORTED)}."
        )
    with _LOCKS[lang]:
        if lang not in _PIPELINES:
            _PIPELINES[lang] = _build(lang)
        return _PIPELINES[lang]


@spacy.registry.tokenizers("guard.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's default tokenizer (`spacy.Tokenizer.v1`) without the plain whitespace
    special cases; built directly, since re-setting `Tokenizer.rules` afterwards
    reloads every special case (~0.15 s for English at start-up)."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, suffixes, infixes = (
            defaults.prefixes,
            defaults.suffixes,
            defaults.infixes,
        )
        return Tokenizer(
            nlp.vocab,
            rules={
                text: attrs
                for text, attrs in defaults.tokenizer_exceptions.items()
                if text not in _PLAIN_WHITESPACE_RULES
            },
            prefix_search=util.compile_prefix_regex(prefixes).search
            if prefixes
            else None,
            suffix_search=util.compile_suffix_regex(suffixes).search
            if suffixes
            else None,
            infix_finditer=util.compile_infix_regex(infixes).finditer
            if infixes
            else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory


_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "guard.Tokenizer.v1"}}}


def spacy_code(lang: str) -> str:
    """spaCy's name for one of our languages (it calls Norwegian Bokmål "nb")."""
    return "nb" if lang == "no" else lang


def _build(lang: str) -> Language:
    # spaCy's large tokenizer expressions, compiled at a previous start (regex_cache).
    with regex_cache.reused(f"spacy-{lang}", sources=spacy.__version__):
        nlp = spacy.blank(spacy_code(lang), config=_CONFIG)
    nlp.add_pipe("guard_line_sentences")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("guard_outgoing_cues", config={"lang": lang})
    # First call: fills the tokenizer's cache with common words.
    nlp("Warm up: following up on the case study, 3 days.\n\nBest")
    return nlp


# A pipeline remembers every new word it tokenizes (names, addresses, figures): about
# 600 bytes each in the vocab and the tokenizer cache, so a worker's memory grew ~55 MB
# per 30,000 mails, without end (measured). Until the pipelines together hold this
# many words (the twelve start with ~19,000, so ~5,000 new ones) they keep new ones,
# which makes the words people repeat cheap to tokenize; after, each text
# is tokenized in a spaCy memory zone that forgets what the text added. One ceiling
# for all of them: with 50,000 words, or a ceiling per language, a worker passed the
# 300 MB budget after 50,000 varied mails (bench/memory.py). 30,000 was enough until
# the outgoing run cache (outgoing/components.py) took over remembering words: now
# 24,000 keeps a worker ~5 MB lower at the same speed (interleaved, 600/s either way).
# (spaCy's len(vocab) also counts the words a zone forgot: once past, it stays past.)
VOCAB_CEILING = 24_000
# A memory zone switches the vocab's allocator for everyone, so tokenizing is one
# thread at a time. The analysis holds the GIL anyway: nothing runs less in parallel.
_TOKENIZING = threading.Lock()


TOKENIZING = _TOKENIZING


def vocab_words() -> int:
    """The words the loaded pipelines' vocabularies hold, all languages together."""
    return sum(len(p.vocab) for p in _PIPELINES.values())


@contextmanager
def tokenizing(nlp: Language) -> Iterator[None]:
    """Where `nlp`'s docs may be made and read; none may be used after the block."""
    with _TOKENIZING, spacy_zone(nlp):
        yield


@contextmanager
def spacy_zone(nlp: Language) -> Iterator[None]:
    """`tokenizing` for a caller that holds TOKENIZING already and makes docs only
    now and then (guard.analysis.outgoing.components.RunTokenizer): entering a memory
    zone costs ~15 µs, more than most mails' own tokenizing there."""
    if vocab_words() < VOCAB_CEILING:
        yield
        return
    with nlp.memory_zone():
        yield


def load_models() -> None:
    """The learned models and the inbound lexicon, read before serving (a first check
    or a first reply must not wait: compiling the lexicon costs ~0.7 s CPU, reading it
    back from the regex cache milliseconds)."""
    from guard.analysis.inbound.lexicon import load_lexicon
    from guard.analysis.model.linear import load_model

    for name in ("bump", "inbound"):
        load_model(name)
    load_lexicon()


# Set once the models and both language detectors are loaded (see `ready`).
_LOADED = threading.Event()


def ready() -> bool:
    """Whether every pipeline, both language detectors and the models are loaded, so
    no check waits for a first-use build (/readyz says so)."""
    return _LOADED.is_set() and all(lang in _PIPELINES for lang in SUPPORTED)


def warm_up(
    languages: tuple[str, ...] = SUPPORTED,
    *,
    background: tuple[str, ...] = (),
    cache_dir: Path | None = None,
) -> threading.Thread | None:
    """Build the pipelines, the language detectors and the models now rather than on
    the first request. Languages in `background` are built afterwards, in that order,
    in a daemon thread (the one returned), and the detector for the unsupported
    languages last; a request needing one meanwhile waits for its build. With a
    `cache_dir`, large compiled expressions are kept there for the next start.
    """
    if cache_dir is not None:
        regex_cache.keep_in(cache_dir)
    warm_up_detector()
    load_models()
    for lang in languages:
        if lang not in background:
            get_pipeline(lang)
    later = [lang for lang in background if lang in languages]  # in that order

    def rest() -> None:
        for lang in later:
            get_pipeline(lang)
        warm_up_detector(recognised_others=True)
        _LOADED.set()

    if not later:
        rest()
        return None
    thread = threading.Thread(target=rest, name="guard-warm-up", daemon=True)
    thread.start()
    return thread
