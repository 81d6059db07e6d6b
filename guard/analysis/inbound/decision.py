"""Structure first, text second: the inbound kind with a calibrated confidence.

1. Structure: a feedback report (RFC 5965, `multipart/report;
   report-type=feedback-report`) is a complaint, whatever its text says; a message a
   machine wrote (RFC 3834 headers, a mailer daemon, a report, a provider's JSON
   notice) is never a human reply.
2. The lexicon classifier (inbound_classify) settles bounces and "gone" notices
   with its proof rules, and reads out-of-office templates.
3. The learned text model decides what the lexicon called human or out of office:
   an auto-reply without headers, an acknowledgement mixed up with an absence, a
   newsletter, or a person who writes that they are away ("human_away").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from guard.analysis.inbound.classify import Classification, HeaderSignals
from guard.analysis.model.inbound_features import inbound_features
from guard.analysis.model.linear import load_model

INBOUND_MODEL = "inbound"
# The model overrides the lexicon's "human" or "ooo" only when it is this sure.
_OVERRIDE = 0.7
# ... or this sure, where the lexicon only guessed "ooo" from the subject line.
_GUESS_OVERRIDE = 0.5
_SUBJECT_ONLY = 0.6  # the lexicon's confidence for an "Automatic reply:" subject alone
# A template-like absence is read as a person's only when the model is this sure.
_AWAY = 0.6
# An auto-submitted notice is a leaver's when the model is this sure (the headers are
# the proof; the words only say which kind of automatic notice).
_GONE = 0.5
# What a machine-written message can be; and what text alone may turn a reading into
# ("gone" is not here: it needs proof, not likelihood).
_MACHINE_KINDS = ("ooo", "auto_ack", "bounce", "newsletter")
_TEXT_KINDS = ("auto_ack", "newsletter", "human")
_SMTP_STATUS = re.compile(r"(?<!\d)[45]\d\d(?:[ -]|\s[45]\.\d)|bounce", re.IGNORECASE)
_FEEDBACK = re.compile(r"^feedback-type:\s*\w", re.IGNORECASE | re.MULTILINE)
# Provider JSON notices and MTA transcripts: text no person writes.
_MACHINE_TEXT = re.compile(
    r'^\s*\{\s*"(?:notificationtype|eventtype|event|type|mail)"'
    r"|^(?:<<<|>>>) ?\d{3}[ -]|^remote-mta:|^reporting-mta:",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Refined:
    kind: str
    confidence: float
    away: bool = False  # a person wrote that they are away: read the absence too
    model_id: str | None = None


def is_complaint(signals: HeaderSignals, headers: Mapping[str, str], text: str) -> bool:
    """A spam complaint or DMARC failure report (RFC 5965 ARF)."""
    content_type = " ".join(
        str(v) for k, v in headers.items() if k.lower() == "content-type"
    ).lower()
    return (
        signals.report == "feedback-report"
        or "message/feedback-report" in content_type
        or _FEEDBACK.search(text[:4000]) is not None
    )


def machine_wrote(signals: HeaderSignals, text: str) -> bool:
    return (
        signals.auto
        or signals.daemon
        or signals.report is not None
        or _MACHINE_TEXT.search(text[:2000]) is not None
    )


def refine(
    found: Classification,
    signals: HeaderSignals,
    headers: Mapping[str, str],
    subject: str,
    text: str,
    *,
    template: bool = False,
    receipt: str | None = None,
    promise: bool = False,
    absence_sign: bool = True,
    set_phrases: bool = False,
) -> Refined:
    """The final kind and confidence, given the lexicon classifier's answer.

    `receipt` is the kind a receipt number or an unsubscribe footer proves
    (inbound_classify.receipt_evidence): such a message is never read as an absence.
    `promise`: a team promises an answer and no person is said to be away
    (classify.promise_only): an acknowledgement, never an absence either.
    `absence_sign`: the text shows some sign of an absence (its words, a return, or a
    date where the lexicon has no words); without one, headers alone make no absence.
    `set_phrases`: a template's set phrases ("thank you for your mail", "I will reply
    on my return") in a text that greets, asks and signs from a phone nobody: an
    out-of-office the lexicon read stays one, whatever trip or leave it describes.
    """
    if is_complaint(signals, headers, text):
        return Refined("complaint", 1.0)
    model = load_model(INBOUND_MODEL)
    if found.kind in ("bounce", "gone") or model is None:
        # Bounces and "gone" need proof (a DSN, an auto-submitted notice, an explicit
        # "I have left"): the classifier's rules keep that call.
        return Refined(found.kind, found.confidence)
    if found.kind == "human" and _MACHINE_TEXT.search(text[:2000]):
        # JSON or an SMTP transcript: a delivery notice, whatever words it carries.
        status = _SMTP_STATUS.search(text[:2000])
        return Refined("bounce" if status else "auto_ack", 0.9)
    odds = model.distribution(inbound_features(headers, subject, text))
    if _machine_leaver(found, signals, odds):
        # The headers say a machine answered and the words say the person left or the
        # mailbox is retired: that is the proof "gone" needs (issue 12, item 6),
        # whatever "Automatic reply:" subject the notice carries.
        return Refined("gone", round(odds["gone"], 3), model_id=model.model_id)
    if (receipt is not None or promise) and found.kind != "ooo":
        # A ticket number, an unsubscribe link, or a team's promise to answer:
        # whatever closure it announces, it is nobody's absence.
        odds = {k: p for k, p in odds.items() if k not in ("ooo", "human_away")}
    if found.kind == "human" and machine_wrote(signals, text):
        return _machine(odds, model.model_id)
    if signals.bulk:
        # A mailing (list headers) is no absence, whatever holiday it wishes.
        odds = {k: p for k, p in odds.items() if k not in ("ooo", "human_away")}
    if (
        found.kind == "auto_ack"
        and not found.spans
        and not signals.bulk
        and receipt is None
        and absence_sign
    ):
        # Only the headers said "automatic": the text decides which auto-reply.
        best = max(odds, key=odds.__getitem__)
        if best == "ooo" and odds[best] >= _OVERRIDE:
            return Refined("ooo", round(odds[best], 3), model_id=model.model_id)
    # An out-of-office read from an auto-reply subject alone (no absence words) is a
    # guess: a model that is fairly sure of another kind may correct it.
    guess = found.kind == "ooo" and found.confidence <= _SUBJECT_ONLY
    return _text(found.kind, odds, model.model_id, template, guess, set_phrases)


def _machine_leaver(
    found: Classification, signals: HeaderSignals, odds: dict[str, float]
) -> bool:
    """Whether an auto-submitted notice the lexicon read as a receipt, a person, or
    an out-of-office from its subject alone (no absence words) is a leaver's: the
    model reads departure wording ("ha causado baja", "退社に伴い閉鎖") in any
    language its training holds. A vendor's out-of-office marker, or absence words
    the lexicon found, keep an out-of-office."""
    if not signals.auto or signals.ooo or signals.bulk:
        return False
    if found.kind == "ooo" and found.confidence > _SUBJECT_ONLY:
        return False
    if found.kind not in ("ooo", "auto_ack", "human"):
        return False
    best = max(odds, key=odds.__getitem__)
    return best == "gone" and odds[best] >= _GONE


def _machine(odds: dict[str, float], model_id: str) -> Refined:
    """A machine wrote it: the likeliest machine kind (never "human")."""
    machine_odds = {k: p for k, p in odds.items() if k in _MACHINE_KINDS}
    kind = max(machine_odds, key=machine_odds.__getitem__)
    return Refined(kind, round(machine_odds[kind], 3), model_id=model_id)


def _text(
    kind: str,
    odds: dict[str, float],
    model_id: str,
    template: bool,
    guess: bool,
    set_phrases: bool = False,
) -> Refined:
    """What the text says, where the lexicon read human, out-of-office or an ack.

    No machine marked the message. Where the lexicon saw a person and the model an
    absence: a template (greeting nobody, asking nothing) the model is sure is an
    out-of-office is one, an auto-reply whose headers were stripped or whose words
    the lexicon lacks; otherwise a person wrote that they are away: a human reply
    and an absence.
    """
    best = max(odds, key=odds.__getitem__)
    away = odds.get("human_away", 0.0)
    if kind == "human" and best == "ooo" and template and odds[best] >= _OVERRIDE:
        return Refined("ooo", round(odds[best], 3), model_id=model_id)
    if kind == "human" and best in ("ooo", "human_away"):
        return Refined("human", round(away + odds["ooo"], 3), True, model_id)
    if kind == "ooo" and best == "human_away" and away >= _AWAY and not set_phrases:
        return Refined("human", round(away, 3), True, model_id)
    if (
        best in _TEXT_KINDS
        and best != kind
        and odds[best] >= (_GUESS_OVERRIDE if guess else _OVERRIDE)
    ):
        return Refined(best, round(odds[best], 3), model_id=model_id)
    own = odds.get(kind, 0.0) + (away if kind == "human" else 0.0)
    return Refined(kind, round(max(own, 0.01), 3), model_id=model_id)
