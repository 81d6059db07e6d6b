"""Outgoing analysis: what a planned send says, with evidence (docs/analysis.md).

Called by the engine on every check, so it is pure CPU: cached spaCy pipelines,
lexicon phrase matchers and a few regular expressions.
"""

from __future__ import annotations

from spacy.language import Language

from guard.analysis.model.linear import LinearModel
from guard.analysis.outgoing.components import (
    Cue,
    CueMatcher,
    RunTokenizer,
    TokenTable,
    run_tokenizer,
    sentence_bounds,
    token_table,
)
from guard.analysis.outgoing.decision import Reading, decide_bump
from guard.analysis.outgoing.links import FoundLink, find_links, new_links
from guard.analysis.outgoing.signals import GREETING
from guard.analysis.outgoing.value import NUDGE, Sentence, decide, score_sentences
from guard.analysis.text.language import (
    DEFAULT_LANGUAGE,
    SUPPORTED,
    detect_outgoing_language,
)
from guard.analysis.text.pipeline import TOKENIZING, get_pipeline, spacy_zone
from guard.analysis.text.prepare import PreparedText, plain_quotes, prepare
from guard.analysis.text.signature import find_signoff
from models.domain import MessageAnalysis, Span

# Cue labels that are reported as intents; the others only inform the verdict.
INTENTS = frozenset(
    {
        "check_in",
        "breakup",
        "meeting_request",
        "scheduling_push",
        "pricing",
        "contract",
        "use_case",
        "intro",
        "post_sale",
    }
)
# A sentence worth this many points is "substantive" (carries value on its own).
_SUBSTANTIVE = 2


def analyse_outgoing(
    *,
    subject: str,
    body: str,
    body_html: str | None = None,
    language: str | None = None,
    sent_links: frozenset[str] = frozenset(),
    model: LinearModel | None = None,
) -> MessageAnalysis:
    """Analyse a planned send; spans index into `text` (or `subject`, field="subject").

    `language` from the caller wins; otherwise it is detected on the new text.
    `model`: the bump model to judge with (a deployment's own); None: the shipped one.
    """
    reading = read_outgoing(
        subject=subject, body=body, body_html=body_html, language=language
    )
    decision = decide_bump(reading, model)
    prepared, sentences = reading.prepared, reading.sentences
    spans = _spans(reading.cues, prepared.text, sentences, decision.is_bump)
    spans += decision.spans
    spans += _subject_spans(subject, reading.subject_cues, decision.is_bump)
    own_links = reading.own_links
    scheduling = tuple(dict.fromkeys(link.url for link in own_links if link.scheduling))
    greeting, signoff = reading.greeting, reading.signoff
    return MessageAnalysis(
        language=reading.language,
        text=prepared.text,
        subject=subject,
        new_text=prepared.new_text,
        intents=_intents(spans, scheduling, decision.is_bump),
        spans=tuple(spans),
        is_bump=decision.is_bump,
        bump_probability=decision.probability,
        model_id=decision.model_id,
        language_unsupported=not reading.supported,
        substantive_sentences=tuple(
            s.text for s in sentences if s.value >= _SUBSTANTIVE
        ),
        links=tuple(dict.fromkeys(link.url for link in reading.links)),
        new_links=new_links(own_links, sent_links),
        scheduling_links=scheduling,
        topics=frozenset(
            s.label.removeprefix("topic:")
            for s in spans
            if s.label.startswith("topic:")
        ),
        greeting=prepared.text[greeting[0] : greeting[1]] if greeting else None,
        signoff=prepared.text[signoff[0] : signoff[1]] if signoff else None,
    )


def read_outgoing(
    *,
    subject: str,
    body: str,
    body_html: str | None = None,
    language: str | None = None,
) -> Reading:
    """Everything the analysis reads off a send before it decides (also what the
    bump model is trained on)."""
    prepared = prepare(body, body_html)
    lang = _language(language, prepared.new_text or subject)
    supported = lang in SUPPORTED
    nlp = get_pipeline(lang if supported else DEFAULT_LANGUAGE)
    cue_matcher = nlp.get_pipe("guard_outgoing_cues")
    runs = run_tokenizer(nlp, spacy_zone)
    with TOKENIZING:  # no doc leaves: only plain values
        # What nlp(text) would give (its sentences and cues), read off one token table
        # (a doc is made only where the table cannot settle it).
        table, cues = _table_and_cues(nlp, runs, cue_matcher, prepared.analysed)
        # The subject needs cues and words only, not sentences.
        subject_table, found = _table_and_cues(
            nlp,
            runs,
            cue_matcher,
            subject if subject.isascii() else plain_quotes(subject, _QUOTES),
        )
        subject_cues = list(found) if subject.strip() else []
    bounds = sentence_bounds(prepared.analysed, table)
    links = find_links(prepared.text[: len(prepared.text.rstrip())])
    own_links = [link for link in links if prepared.analysed[link.start] != " "]
    greeting, signoff = _frame(prepared)
    sentences = _sentences(bounds, cues, prepared, own_links, greeting, signoff)
    return Reading(
        language=lang,
        supported=supported,
        prepared=prepared,
        table=table,
        subject_table=subject_table,
        cues=cues,
        subject_cues=subject_cues,
        sentences=sentences,
        verdict=decide(sentences, {label for label, _, _ in subject_cues}),
        links=links,
        own_links=own_links,
        greeting=greeting,
        signoff=signoff,
        subject=subject,
    )


def _table_and_cues(
    nlp: Language, runs: RunTokenizer, cue_matcher: CueMatcher, text: str
) -> tuple[TokenTable, tuple[Cue, ...]]:
    """The token table and cues of `text` (the caller holds TOKENIZING)."""
    table = runs.table(text)
    cues = cue_matcher.find_in(table) if table is not None else None
    if table is not None and cues is not None:
        return table, cues
    with spacy_zone(nlp):
        doc = nlp.make_doc(text)
        table = token_table(doc)
        return table, cue_matcher.find(doc, table)


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _language(given: str | None, text: str) -> str:
    if given:
        code = given.lower().split("-")[0].split("_")[0]
        if code in SUPPORTED:
            return code
    return detect_outgoing_language(text)


def _frame(prepared: PreparedText) -> tuple[tuple[int, int] | None, ...]:
    """(start, end) of the greeting and of the sign-off line, where present."""
    own = prepared.analysed
    first_line = len(own) - len(own.lstrip())
    match = GREETING.match(own, first_line)
    greeting = (
        (
            match.start() + (len(match.group()) - len(match.group().lstrip())),
            match.end(),
        )
        if match and match.group().strip()
        else None
    )
    return greeting, find_signoff(own.rstrip())


def _sentences(
    bounds: list[tuple[int, int]],
    cues: tuple[Cue, ...],
    prepared: PreparedText,
    links: list[FoundLink],
    greeting: tuple[int, int] | None,
    signoff: tuple[int, int] | None,
) -> list[Sentence]:
    """Own sentences beyond greeting and sign-off, with the cues found in each."""
    sentences = []
    for sent_start, sent_end in bounds:
        start, end = _trim(prepared.analysed, sent_start, sent_end)
        if (
            start >= end
            or _inside(start, end, greeting)
            or _inside(start, end, signoff)
        ):
            continue
        labels = {
            label
            for label, s, e in cues
            if s < end and e > start and not _quoted(prepared.analysed, start, s)
        }
        if any(start <= link.start < end and not link.scheduling for link in links):
            labels.add("url")
        sentences.append(Sentence(start, end, prepared.text[start:end], labels))
    return score_sentences(sentences)


def _quoted(text: str, sentence_start: int, cue_start: int) -> bool:
    """A cue inside quotation marks is reported speech ("your follow-ups say
    'just bumping this'"), not the sender's own nudge."""
    return text.count('"', sentence_start, cue_start) % 2 == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    # str.strip() skips what str.isspace() calls space, in C: the last sentence can
    # end in a whole blanked signature.
    sentence = text[start:end]
    own = sentence.lstrip()
    start += len(sentence) - len(own)
    return start, start + len(own.rstrip())


def _inside(start: int, end: int, frame: tuple[int, int] | None) -> bool:
    return frame is not None and start >= frame[0] and end <= frame[1]


def _spans(
    cues: tuple[Cue, ...], text: str, sentences: list[Sentence], is_bump: bool
) -> list[Span]:
    spans = []
    valued = [(s.start, s.end) for s in sentences if s.value >= _SUBSTANTIVE]
    for label, start, end in cues:
        if label in NUDGE and is_bump:
            spans.append(Span("bump", start, end, text[start:end]))
        if _reported(label, start, valued):
            spans.append(Span(label, start, end, text[start:end]))
    return spans


def _reported(label: str, start: int, valued: list[tuple[int, int]]) -> bool:
    """Intents and topics are evidence; "value_share" only where value was found."""
    if label in INTENTS or label.startswith("topic:"):
        return True
    return label == "value_share" and any(s <= start < e for s, e in valued)


def _subject_spans(
    subject: str, cues: list[tuple[str, int, int]], is_bump: bool
) -> list[Span]:
    return [
        Span(label, start, end, subject[start:end], field="subject")
        for label, start, end in cues
        if label in INTENTS or (label in NUDGE and (is_bump or label != "bump"))
    ]


def _intents(
    spans: list[Span], scheduling: tuple[str, ...], is_bump: bool
) -> frozenset[str]:
    intents = {
        s.label for s in spans if s.field == "body" and not s.label.startswith("topic:")
    }
    if scheduling:
        intents.add("scheduling_push")
    if is_bump:
        intents.add("bump")
    else:
        intents.discard("bump")
    return frozenset(intents)
