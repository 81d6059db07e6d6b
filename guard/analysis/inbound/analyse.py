"""The inbound-reply parser (docs/analysis.md, inbound): kind, absence, intents.

Pure CPU and no I/O beyond the lexicons loaded once. Runs when a reply arrives, never
on the dispatch path: the result is stored as an absence or an inbound record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta

from guard.analysis.inbound.absence import AbsenceDates, extract_absence_dates
from guard.analysis.inbound.classify import (
    Classification,
    HeaderSignals,
    Message,
    asks_reader,
    classify,
    header_signals,
    heads_up,
    promise_only,
    receipt_evidence,
    template_like,
)
from guard.analysis.inbound.contacts import alternate_contacts
from guard.analysis.inbound.decision import refine
from guard.analysis.inbound.intents import human_intents
from guard.analysis.inbound.lexicon import (
    InboundLexicon,
    cue_language,
    fold,
    load_lexicon,
)
from guard.analysis.inbound.text import detect_inbound_language, plain_body
from guard.analysis.text.dates import DateContext, numeric_order
from models.domain import InboundAnalysis

# How much a return date read from the text is trusted, by how it was stated.
_DATE_CONFIDENCE = {5: 1.0, 4: 1.0, 3: 0.95, 1: 0.75}
_DEFAULT_CONFIDENCE = 0.5  # no date in the text: the default absence length is a guess
_OPENING = 300  # where a headerless auto-reply says what it is


def parse_inbound(
    *,
    headers: Mapping[str, str],
    subject: str,
    body: str,
    sent_at: datetime | None,
    country: str | None = None,
    language: str | None = None,
    default_absence_days: int = 7,
) -> InboundAnalysis:
    """Classify an inbound message and, for an out-of-office, read the absence.

    `sent_at` anchors relative dates, weekdays and year-less dates; without it only
    dates that state their year resolve. `country` settles D/M vs M/D when the
    message does not. Evidence spans index into the plain body (HTML converted).
    """
    lexicon = load_lexicon()
    text = plain_body(body)
    msg = Message(subject=subject, text=text, fsubject=fold(subject), folded=fold(text))
    found = classify(headers, msg, lexicon)
    signals = header_signals(headers)
    lang = language or detect_inbound_language(f"{text[:400]}\n{subject}")
    receipt = receipt_evidence(msg, lexicon)
    if receipt == "newsletter" and found.kind == "ooo":
        receipt = None  # an auto-reply's signature may offer an unsubscribe link
    promise = found.kind != "ooo" and promise_only(msg, lexicon)
    refined = refine(
        found,
        signals,
        headers,
        subject,
        text,
        template=found.kind == "human"
        and receipt is None
        and not promise
        and _template(msg, lang, lexicon),
        receipt=receipt,
        promise=promise,
        absence_sign=_absence_sign(msg, lang, lexicon),
        set_phrases=found.kind == "ooo" and _set_phrases(msg, lexicon),
    )
    if refined.kind == "ooo" or refined.away:
        found = replace(found, kind="ooo", confidence=refined.confidence)
        absence = _absence(
            msg, found, lang, sent_at, country, default_absence_days, lexicon
        )
        if not refined.away:
            return replace(absence, model_id=refined.model_id)
        human = _human(msg, found, lang, lexicon)
        return replace(
            absence,
            kind="human",
            away=True,
            intents=human.intents,
            scheduling_link=human.scheduling_link,
            model_id=refined.model_id,
        )
    found = replace(found, confidence=refined.confidence)
    if refined.kind == "human":
        human = replace(_human(msg, found, lang, lexicon), model_id=refined.model_id)
        if (
            signals.bulk
            or receipt is not None
            or promise
            or not lexicon.cue("absence").search(msg.folded, 0, msg.lead)
        ):
            return human
        # "Hi Tom, I'm on holiday until the 4th, can we talk after?": a person who
        # writes that they are away, with a day they are back, is away too.
        absence = _absence(
            msg, found, lang, sent_at, country, default_absence_days, lexicon
        )
        if not absence.date_found:
            return human
        return replace(
            human,
            away=True,
            returns_on=absence.returns_on,
            last_day_away=absence.last_day_away,
            starts_on=absence.starts_on,
            date_found=True,
            spans=(*human.spans, *absence.spans),
        )
    bounce_type = found.bounce_type
    if refined.kind == "bounce" and found.kind != "bounce":
        bounce_type = "soft"  # a machine notice without a DSN's proof of a hard fail
    return InboundAnalysis(
        kind=refined.kind,
        language=lang,
        bounce_type=bounce_type,
        confidence=refined.confidence,
        spans=found.spans if refined.kind == found.kind else (),
        model_id=refined.model_id,
        intents=_handover(refined.kind, signals, msg),
    )


def _handover(kind: str, signals: HeaderSignals, msg: Message) -> frozenset[str]:
    """`handover`: a person, not a machine, tells of a departure and asks the reader
    something ("Javier left the company; I run purchasing now - could you resend the
    offer?"). Whoever left, it is not the one writing (guard/inbound/service.py)."""
    if kind == "gone" and not signals.auto and asks_reader(msg):
        return frozenset({"handover"})
    return frozenset()


def _human(
    msg: Message, found: Classification, lang: str, lexicon: InboundLexicon
) -> InboundAnalysis:
    intents = human_intents(msg.text, msg.folded, lexicon)
    contacts, contact_spans = (), ()
    if "referral" in intents.intents:
        contacts, contact_spans = alternate_contacts(
            msg.text, msg.folded, lexicon, "intents.referral"
        )
    return InboundAnalysis(
        kind="human",
        language=lang,
        confidence=found.confidence,
        intents=intents.intents,
        scheduling_link=intents.scheduling_link,
        alternate_contacts=contacts,
        spans=(*intents.spans, *contact_spans),
    )


def _absence(
    msg: Message,
    found: Classification,
    lang: str,
    sent_at: datetime | None,
    country: str | None,
    default_days: int,
    lexicon: InboundLexicon,
) -> InboundAnalysis:
    anchor = sent_at.date() if sent_at else None
    languages = tuple(
        dict.fromkeys((lang, *found.languages, *_cue_languages(msg, lexicon), "en"))
    )
    # The subject counts too: "OOO 22/12 - 02/01" settles the order of "02/01".
    order = numeric_order(f"{msg.subject}\n{msg.text}", country)
    ctx = DateContext(anchor, order, languages)
    dates = extract_absence_dates(msg.text, msg.folded, "body", ctx, lexicon)
    if dates is None and msg.subject:
        dates = extract_absence_dates(
            msg.subject, msg.fsubject, "subject", ctx, lexicon
        )
    contacts, contact_spans = alternate_contacts(msg.text, msg.folded, lexicon)
    date_spans = (dates.span,) if dates else ()
    return InboundAnalysis(
        kind="ooo",
        language=lang,
        returns_on=_returns_on(dates, anchor, default_days),
        last_day_away=dates.last_day_away if dates else None,
        starts_on=dates.starts_on if dates else None,
        confidence=round(found.confidence * _date_confidence(dates), 3),
        date_found=dates is not None,
        alternate_contacts=contacts,
        spans=(*found.spans, *date_spans, *contact_spans),
    )


def _template(msg: Message, lang: str, lexicon: InboundLexicon) -> bool:
    """Whether a message the lexicon read as a person's may still be an auto-reply
    without headers: it reads like a template (greets nobody by name, asks nothing,
    announces no coming absence) and either says what auto-replies say ("thank you
    for your message"), opens with an absence ("In ferie fino al 1 aprile."), or is
    in a language the lexicon has no words for, so that its silence proves nothing.
    A return alone is not enough: "Stacey is back from leave on the 22nd" is news.
    Some sign of an absence must be there: its words ("I am out of the office"), an
    auto-reply's words with a return ("Thank you for your message. Back on
    Monday."), or, in a language without a lexicon, at least a date-like number:
    "Thank you, we will answer within two days" announces no absence."""
    if not template_like(msg, lexicon):
        return False
    folded, lead = msg.folded, min(msg.lead, _OPENING)
    absence = lexicon.cue("absence").search(folded, 0, lead)
    if absence is not None:
        return not heads_up(folded, absence, lexicon)
    if lang not in lexicon.languages:
        return _NUMBER.search(folded, 0, lead) is not None
    return (
        lexicon.cue("auto_marker").search(folded, 0, lead) is not None
        and lexicon.cue("return").search(folded, 0, lead) is not None
    )


_NUMBER = re.compile(r"\d")


def _set_phrases(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether the text uses an auto-reply's set phrases ("Bedankt voor je mail",
    "Responderé a mi vuelta") and reads like a template (greets, asks and signs from
    a phone nobody): a server's out-of-office, not a person writing from a trip."""
    return lexicon.cue("auto_marker").search(
        msg.folded, 0, msg.lead
    ) is not None and template_like(msg, lexicon)


def _absence_sign(msg: Message, lang: str, lexicon: InboundLexicon) -> bool:
    """Whether the opening shows some sign of an absence: its words, a return, or, in
    a language without a lexicon, a date-like number. "Thank you, your message has
    been passed to our sales team" under an "Automatic reply:" subject shows none."""
    folded, lead = msg.folded, msg.lead
    if lexicon.cue("absence").search(folded, 0, lead) or lexicon.cue("return").search(
        folded, 0, lead
    ):
        return True
    if lexicon.cue("subject_ooo").search(msg.fsubject):
        return True
    return lang not in lexicon.languages and _NUMBER.search(folded, 0, lead) is not None


def _cue_languages(msg: Message, lexicon: InboundLexicon) -> tuple[str, ...]:
    """The languages whose absence and return cues the text uses (the month names
    to look for when the text's language was misread, or a person wrote it)."""
    return tuple(
        cue_language(m)
        for name in ("absence", "return")
        if (m := lexicon.cue(name).search(msg.folded, 0, msg.lead)) is not None
    )


def _returns_on(
    dates: AbsenceDates | None, anchor: date | None, default_days: int
) -> date | None:
    if dates is not None:
        return dates.returns_on
    return anchor + timedelta(days=default_days) if anchor else None


def _date_confidence(dates: AbsenceDates | None) -> float:
    return _DATE_CONFIDENCE.get(dates.priority, 0.9) if dates else _DEFAULT_CONFIDENCE
