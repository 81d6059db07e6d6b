"""Features of an inbound message for the inbound text model.

Lexicon cues as flags (a team's promise to answer, a closed office, a departure, a
person away, a return, a reference number, an unsubscribe line). Headers first: the
markers machines set (RFC 3834 `Auto-Submitted`, `Precedence`,
list headers, report types, vendor classes) are features of their own; then the
subject and the opening of the body as words, word pairs and character 3-grams, so
an auto-reply without headers in a language with few training examples still shares
"…ffice", "abwes", "不在" with the ones the model has seen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from guard.analysis.inbound.classify import Message, personal_absence
from guard.analysis.inbound.lexicon import fold, load_lexicon
from guard.analysis.model.hashing import char_gram_indices, name_index, text_index

_WORD = re.compile(r"\w+", re.UNICODE)
_BODY_CHARS = 1200  # what an auto-reply or a notice says, it says at the top
_CHAR_CHARS = 500
_HEADER_FLAGS = {
    "auto-submitted": "h:auto_submitted",
    "x-autoreply": "h:x_autoreply",
    "x-autorespond": "h:x_autorespond",
    "x-auto-response-suppress": "h:auto_response_suppress",
    "list-unsubscribe": "h:list_unsubscribe",
    "list-id": "h:list_id",
    "x-failed-recipients": "h:failed_recipients",
    "in-reply-to": "h:in_reply_to",
    "references": "h:references",
    "feedback-id": "h:feedback_id",
}


def inbound_features(
    headers: Mapping[str, str], subject: str, text: str
) -> dict[int, float]:
    values: dict[int, float] = {}
    _headers(values, headers)
    _words(values, "s", subject.lower())
    body = text[:_BODY_CHARS].lower()
    _words(values, "w", body)
    _characters(values, " ".join(body[:_CHAR_CHARS].split()))
    _cues(values, subject, text[:_BODY_CHARS])
    values[name_index("bias")] = 1.0
    values[name_index("log_length")] = math.log1p(len(text)) / 5
    return values


def _flag(values: dict[int, float], name: str) -> None:
    values[name_index(name)] = 1.0


def _headers(values: dict[int, float], headers: Mapping[str, str]) -> None:
    h = {k.lower(): str(v).lower() for k, v in headers.items()}
    for key, name in _HEADER_FLAGS.items():
        if key in h:
            _flag(values, name)
    if h.get("auto-submitted", "no").strip() not in ("", "no"):
        _flag(values, "h:auto_submitted_" + h["auto-submitted"].split(";")[0].strip())
    precedence = h.get("precedence", "").strip()
    if precedence:
        _flag(values, f"h:precedence_{precedence}")
    content_type = h.get("content-type", "")
    for marker in ("multipart/report", "feedback-report", "delivery-status", "html"):
        if marker in content_type:
            _flag(values, f"h:ct_{marker}")
    sender = h.get("from", "")
    for marker in ("mailer-daemon", "postmaster", "noreply", "no-reply", "news"):
        if marker in sender:
            _flag(values, f"h:from_{marker}")
    for key in h:
        if "messageclass" in key.replace("-", "") or key.startswith("x-ms-exchange"):
            _flag(values, "h:exchange_class")


# Lexicon cues the text shows, in any language: what separates a team's receipt from a
# person away ("we will answer within two days" / "I am on leave"), a closed office
# from a person, a departure from an absence.
_CUES = ("ack_promise", "closure", "departure", "return", "reference", "unsubscribe")


def _cues(values: dict[int, float], subject: str, text: str) -> None:
    lexicon = load_lexicon()
    msg = Message(subject, text, fold(subject), fold(text))
    for name in _CUES:
        if lexicon.cue(name).search(msg.folded, 0, msg.lead):
            _flag(values, f"cue:{name}")
    if personal_absence(msg, lexicon) is not None:
        _flag(values, "cue:personal_absence")


def _words(values: dict[int, float], namespace: str, text: str) -> None:
    words = _WORD.findall(text)
    for i, word in enumerate(words):
        values[text_index(namespace, word)] = 1.0
        if i:
            values[text_index("b", words[i - 1] + " " + word)] = 1.0


def _characters(values: dict[int, float], text: str) -> None:
    buckets = char_gram_indices(text, 3).tolist()
    weight = 1.0 / math.sqrt(len(buckets) or 1)
    for index in buckets:
        values[index] = values.get(index, 0.0) + weight
