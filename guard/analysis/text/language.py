"""Language detection, offline, among the languages we have lexicons for.

Stages, for the dispatch budget (§8): a function-word vote settles most business
mail in a few microseconds; for outgoing mail, word counts learnt from our training
mail (guard/analysis/model/language_words.py, ~20 µs) settle most of the rest; lingua
(~1.5 ms on a 400-character sample) decides what is left.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from guard.analysis.model.language_words import load_word_model
from guard.analysis.text.lexicon import function_words

# The bump model is trained on these (docs/analysis.md); the first seven have lexicons.
SUPPORTED: tuple[str, ...] = (
    *("en", "de", "fr", "es", "nl", "pt", "it"),
    *("sv", "da", "no", "fi", "pl"),
)
# Languages we recognise only to say "unsupported" rather than force a message into
# a supported one (a Czech nudge read as Polish or English is judged on wrong words).
RECOGNISED_OTHERS: tuple[str, ...] = (
    *("cs", "sk", "sl", "hr", "hu", "ro", "tr", "et", "lv", "lt", "is", "ca"),
    *("ru", "uk", "bg", "el", "ar", "he", "ja", "zh", "ko", "hi", "th"),
)
# lingua names Norwegian Bokmål "nb"; mail and our data call it "no".
_LINGUA_CODE = {"no": "NB"}
_OUR_CODE = {"nb": "no"}
DEFAULT_LANGUAGE = "en"
# Short texts ("Thanks!") carry too little signal; fall back rather than guess.
_MIN_LETTERS = 12
# The opening of a mail says which language it is in; more text only costs time.
_SAMPLE_CHARS = 400
# Words frequent in one language and rare in the others (no shared "a", "de", "en"),
# from rules/lexicon/<lang>/text.yaml; the Norwegian folder is "nb".
_WORDS: dict[str, str] = {
    _OUR_CODE.get(lang, lang): " ".join(words)
    for lang, words in function_words().items()
}
_FUNCTION_WORDS = {code: frozenset(words.split()) for code, words in _WORDS.items()}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _code, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _code)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Every ASCII character but a-z and "'" becomes a space (see _function_words).
_ASCII_NON_WORD = str.maketrans(
    {chr(c): " " for c in range(128) if not ("a" <= chr(c) <= "z" or chr(c) == "'")}
)
_SLOT = re.compile(r"\{[^{}]*\}|https?://\S+")
# A vote is trusted when it is clear; otherwise lingua decides.
_MIN_VOTES = 3
_MIN_LEAD = 2.0


@cache
def detector(candidates: tuple[str, ...]) -> LanguageDetector:
    languages = [
        Language.from_iso_code_639_1(
            getattr(IsoCode639_1, _LINGUA_CODE.get(code, code.upper()))
        )
        for code in candidates
    ]
    return (
        LanguageDetectorBuilder.from_languages(*languages)
        .with_low_accuracy_mode()
        .with_preloaded_language_models()
        .build()
    )


def detect_language(
    text: str,
    *,
    default: str = DEFAULT_LANGUAGE,
    candidates: tuple[str, ...] = SUPPORTED,
    learned: bool = False,
) -> str:
    """ISO 639-1 code of `text`'s language among `candidates`, or `default` if unsure.

    Template slots ("{first_name}") and URLs are ignored: they are English even in
    a Portuguese template. `learned`: where the vote is undecided, ask the word
    counts learnt from the outgoing training mail (among the candidates they know)
    before lingua.
    """
    head = text[: _SAMPLE_CHARS * 2]
    if "{" in head or "://" in head:  # else _SLOT has nothing to remove
        head = _SLOT.sub(" ", head)
    sample = head[:_SAMPLE_CHARS]
    if not _has_letters(sample):
        return default
    voted = _vote(sample, candidates)
    if voted is not None:
        return voted
    if learned:
        word_model = load_word_model()
        picked = word_model.pick(sample, candidates) if word_model else None
        if picked is not None:
            return picked
    found = detector(candidates).detect_language_of(sample)
    if found is None:
        return default
    code = found.iso_code_639_1.name.lower()
    return _OUR_CODE[code] if _OUR_CODE.get(code) in candidates else code


def detect_outgoing_language(text: str) -> str:
    """The language of a planned send: one of SUPPORTED, or the code of another
    language we recognise (the caller reports it as unsupported).

    Text with letters none of the supported languages writes (Cyrillic, CJK, "ř",
    "ő", "ş" …) is weighed by lingua against the others as well, after the vote.
    Other text goes through the vote, then the learnt word counts; lingua decides
    what both leave, also among all 35 languages: until the dotless-i fix below,
    every text with an "i" took that path, and the accuracy figures were measured
    so (it recognises Hungarian without "ő" or "ű", which the word counts leave).
    """
    candidates = (*SUPPORTED, *RECOGNISED_OTHERS)
    if _FOREIGN_LETTERS.search(text[:_SAMPLE_CHARS]):
        return detect_language(text, candidates=candidates)
    return detect_language(text, candidates=candidates, learned=True)


# Letters of the recognised other languages that no supported language uses, in
# both cases. Not re.IGNORECASE: under it the Turkish dotless "ı" matches "i" and
# "I", which sent nearly every mail to lingua with all 35 candidates.
_FOREIGN = "ěščřžťďňůőűğşıțșăēīūķļņģėįųĳ"
_FOREIGN_LETTERS = re.compile(
    "["
    + _FOREIGN
    + "".join(c.upper() for c in _FOREIGN if not c.upper().isascii())
    + "\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f"
    "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)


def _vote(sample: str, candidates: tuple[str, ...]) -> str | None:
    counts = dict.fromkeys(candidates, 0)
    for word in _function_words(sample.lower().replace("’", "'")):
        for code in _LANGUAGES_OF[word]:
            if code in counts:
                counts[code] += 1
    scores = sorted(((counts[c], c) for c in candidates), reverse=True)
    best, runner_up = scores[0], scores[1] if len(scores) > 1 else (0, "")
    if best[0] >= _MIN_VOTES and best[0] >= _MIN_LEAD * max(runner_up[0], 1):
        return best[1]
    return None


def _function_words(lowered: str) -> list[str]:
    """The words `_WORD` finds in `lowered` that are function words, in any order."""
    if not lowered.isascii():
        return [w for w in _WORD.findall(lowered) if w in _LANGUAGES_OF]
    # In ASCII a word is a run of a-z and "'": blank the rest and split, and leave only
    # the runs with an apostrophe ("it's", "'quoted'") to the regex. Three times
    # faster than the regex over the whole sample.
    runs = lowered.translate(_ASCII_NON_WORD).split()
    words = [w for w in runs if "'" not in w]
    words += [w for run in runs if "'" in run for w in _WORD.findall(run)]
    return [w for w in words if w in _LANGUAGES_OF]


def _has_letters(sample: str, needed: int = _MIN_LETTERS) -> bool:
    """At least `needed` letters (stops counting as soon as there are)."""
    for ch in sample:
        if ch.isalpha():
            needed -= 1
            if not needed:
                return True
    return needed <= 0


def warm_up_detector(*, recognised_others: bool = False) -> None:
    """Load lingua's models now rather than on the first undecided vote (with
    `recognised_others`, also those of the languages we only name: ~1 s, ~30 MB)."""
    detector(SUPPORTED)
    load_word_model()
    if recognised_others:
        detector((*SUPPORTED, *RECOGNISED_OTHERS))


def undecided_by_vote(text: str) -> bool:
    """Whether detecting `text`'s language (outgoing) goes past the vote and the
    learnt word counts to lingua (benchmarks report how often)."""
    sample = _SLOT.sub(" ", text[: _SAMPLE_CHARS * 2])[:_SAMPLE_CHARS]
    if not _has_letters(sample) or _vote(sample, SUPPORTED) is not None:
        return False
    if _FOREIGN_LETTERS.search(text[:_SAMPLE_CHARS]):
        return True
    word_model = load_word_model()
    return word_model is None or word_model.pick(sample, SUPPORTED) is None
