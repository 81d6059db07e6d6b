"""Text preparation for inbound replies: HTML to text, sentences, language."""

from __future__ import annotations

import re

from guard.analysis.text.language import detect_language
from guard.analysis.text.lexicon import every
from guard.analysis.text.prepare import html_to_text

# Auto-replies arrive in far more languages than we send in; lingua knows all of these.
INBOUND_LANGUAGES: tuple[str, ...] = (
    "en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "nb",
    "fi", "pl", "lv", "ru", "zh", "ja",
)  # fmt: skip
_HTML = re.compile(r"<(?:html|body|div|p|br|table|span|font)\b[^>]*>", re.IGNORECASE)
# A sentence ends at . ! ? followed by a space, but not after a digit ("am 27. Juli",
# "14.10.2023") or an abbreviation ("t.o.m. 6 januari", "z.B.", "Hr. Weber", "bis Fr."),
# and always at a blank line or at CJK full stops.
# From rules/lexicon/<lang>/text.yaml; every lookbehind must pass, in any order.
_ABBREVIATED_WORDS = every("abbreviations")
_ABBREVIATIONS = "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATED_WORDS)
_SENTENCE_END = re.compile(
    rf"(?<=[^\d\s.][.!?])(?<!\.\w\.){_ABBREVIATIONS}[\"')\]]*\s+"
    r"|\n[ \t]*\n\s*|(?<=[。！？])|(?<=[:：])\s*\n"
)
_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Scripts that name their language outright, checked before any statistics.
_SCRIPTS = (
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)
# Letters Czech, Hungarian, Romanian and Turkish write and the other Latin-script
# languages of INBOUND_LANGUAGES do not: only then are those four weighed too, since
# lingua's cost grows with its candidates.
_OTHER_LATIN = re.compile("[ěřůťďňőűğşışțăĚŘŮŇŐŰĞŞİȘȚĂ]")
_OTHER_LATIN_LANGUAGES = ("cs", "hu", "ro", "tr")
_KANA = re.compile(r"[\u3040-\u30ff]")


def plain_body(body: str) -> str:
    """The body as plain text; HTML bodies are laid out as a mail client shows them."""
    if _HTML.search(body[:4000]):
        return html_to_text(body)
    return body


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like stretch of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _append_trimmed(spans, text, start, match.start())
        start = match.end()
    _append_trimmed(spans, text, start, len(text))
    return spans


def _append_trimmed(
    spans: list[tuple[int, int]], text: str, start: int, end: int
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def detect_inbound_language(text: str) -> str:
    """ISO 639-1 code of an inbound reply's language, among INBOUND_LANGUAGES."""
    # Han characters settle Chinese vs Japanese faster and better than a model.
    head = text[:400]
    if _HAN.search(head):
        return "ja" if _KANA.search(head) else "zh"
    for script, code in _SCRIPTS:
        if len(script.findall(head)) >= 3:
            return code
    candidates = INBOUND_LANGUAGES
    if _OTHER_LATIN.search(head):
        candidates = (*INBOUND_LANGUAGES, *_OTHER_LATIN_LANGUAGES)
    try:
        return detect_language(text, candidates=candidates)
    except KeyError:
        # language.py's function-word vote only knows its own SUPPORTED languages;
        # until it skips the others, ask its lingua detector directly.
        from guard.analysis.text.language import detector

        found = detector(candidates).detect_language_of(head)
        return found.iso_code_639_1.name.lower() if found else "en"
