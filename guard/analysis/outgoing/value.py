"""Is there new value in the sender's own lines? Per-sentence scores, then the verdict.

`is_bump` = nudge evidence and no substantive new value. A sentence that
nudges, teases ("happy to send the case study"), restates or makes a generic claim
earns nothing; shared resources, concrete results, answers, recaps and declared-value
template slots earn points.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from guard.analysis.outgoing.signals import (
    CASE_SUBJECT,
    has_numeric_result,
    slot_kinds,
)

NUDGE = frozenset({"bump", "check_in", "breakup"})
_CANCELS = frozenset({"teaser", "restate", "generic_claim", "reshare"})
_DELIVERS = frozenset({"value_share", "reply", "recap", "post_sale"})
# A question about the sender's own earlier message is a check-in, however it is
# phrased: "Konnten Sie sich meinen Vorschlag anschauen?", "¿Viste mi propuesta?",
# and so is asking what the reader makes of it: "Feedback zu meinem Angebot?",
# "un retour sur notre offre ?", "hoe u tegen onze offerte aankijkt".
_OWN_MESSAGE = "own_message"
_ABOUT_IT = frozenset({"perusal", "reaction"})
# A subject that only carries the thread on ("Re: Re: quick question", "AW: Angebot")
# says the message answers one already sent.
_THREAD = "thread"
# Asks that need nothing new to be said: a meeting or a slot anywhere, and a question
# about the earlier mail ("… to discuss the proposal?"); "a quick addition to the
# proposal: …" names it without asking.
_ASKS = frozenset({"meeting_request", "scheduling_push"})
_ASKS_IN_QUESTION = frozenset({"own_message", "reaction"})
# What an answer to the buyer, a recap or a first touch brings; a thread reply with
# any of these is not a bare ask.
_NOT_BARE = _DELIVERS | {"use_case", "intro", "url"}
# A bare ask in a thread is short: a longer message usually says something.
_BARE_ASK_SENTENCES = 3
# Weak evidence that a message follows up; two of these make a follow-up. Restating
# ("as discussed", "conforme conversamos") presupposes an earlier message just as a
# nudge does. A generic claim is not here: it says nothing new, which the value score
# already counts, but cold first touches make such claims too.
_SOFT = frozenset({"soft_nudge", "teaser", "restate"})
# Points needed for a nudging message to count as carrying new value.
VALUE_THRESHOLD = 3
# A break-up ("last email, closing your file") needs clearly more to be a value mail.
BREAKUP_THRESHOLD = 4
# How many sentences after "one thing worth flagging:" count as delivered content.
_DELIVERED_LINES = 3
_BULLETS = ("-", "•", "*", "→", "·", "✓", "✔", "❌", "1", "2", "3", "4", "5")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    labels: set[str] = field(default_factory=set)
    value: int = 0


@dataclass(frozen=True, slots=True)
class Verdict:
    is_bump: bool
    value: int
    nudges: int
    soft: int


def score_sentences(sentences: Iterable[Sentence]) -> list[Sentence]:
    """Give each sentence its value points; restated lists inherit "no value"."""
    scored = []
    restating_list = False
    delivered = 0  # sentences still to come after "here is what I found:"
    for sentence in sentences:
        if _OWN_MESSAGE in sentence.labels and sentence.labels & _ABOUT_IT:
            sentence.labels.add("check_in")
        is_bullet = sentence.text.lstrip().startswith(_BULLETS)
        if restating_list and is_bullet:
            sentence.value = 0
        else:
            introduces = sentence.text.rstrip().endswith(":")
            restating_list = introduces and "restate" in sentence.labels
            sentence.value = _sentence_value(sentence)
            if delivered and not sentence.labels & (NUDGE | _CANCELS):
                # The content a sharing sentence announced is the value itself.
                sentence.value += 1
                delivered -= 1
            if _announces_delivery(sentence, introduces):
                delivered = _DELIVERED_LINES
        scored.append(sentence)
    return scored


def _announces_delivery(sentence: Sentence, introduces: bool) -> bool:
    # "Here is what I found:" announces new content; "here's the short version:" or
    # "hier die Fakten:" announces the earlier pitch again, so what follows is no gift.
    return (
        introduces
        and "value_share" in sentence.labels
        and not sentence.labels & _CANCELS
    )


def _sentence_value(sentence: Sentence) -> int:
    labels = sentence.labels
    if labels & _CANCELS:
        return 0
    if labels & NUDGE and not labels & _DELIVERS:
        # "Following up, here is the case study: …" shares and "following up with the
        # numbers you asked for: …" answers; "following up" alone gives nothing, but
        # the figures it carries still count ("following up: a pilot cut X by 40%").
        return _numeric_points(sentence.text)
    points = 2 if labels & _DELIVERS else 0
    points += 1 if "use_case" in labels else 0
    kinds = slot_kinds(sentence.text)
    points += 2 * min(kinds.count("value"), 2)
    points += 1 if ("link" in kinds or "url" in labels) else 0
    return points + _numeric_points(sentence.text)


def _numeric_points(text: str) -> int:
    if not has_numeric_result(text):
        return 0
    return 2 if CASE_SUBJECT.search(text) else 1


def decide(sentences: list[Sentence], subject_labels: set[str]) -> Verdict:
    """The bump verdict from scored sentences and the cues found in the subject."""
    nudges = sum(1 for s in sentences if s.labels & NUDGE)
    soft = sum(len(s.labels & _SOFT) for s in sentences)
    soft += 1 if subject_labels & NUDGE else 0
    value = sum(s.value for s in sentences)
    bare_ask = _bare_ask_in_thread(sentences, subject_labels)
    has_nudge = nudges > 0 or soft >= 2 or bare_ask
    breakup = any("breakup" in s.labels for s in sentences)
    threshold = BREAKUP_THRESHOLD if breakup else VALUE_THRESHOLD
    return Verdict(
        is_bump=has_nudge and value < threshold,
        value=value,
        nudges=nudges,
        soft=soft,
    )


def _bare_ask_in_thread(sentences: list[Sentence], subject_labels: set[str]) -> bool:
    """A reply-chain subject ("Re: Re: …") over a short body that only asks for a
    meeting, a slot or a view on the earlier message, and brings nothing else."""
    if _THREAD not in subject_labels or not sentences:
        return False
    if len(sentences) > _BARE_ASK_SENTENCES:
        return False
    labels = set().union(*(s.labels for s in sentences))
    if labels & _NOT_BARE or any(s.value for s in sentences):
        return False
    return bool(labels & _ASKS) or any(
        s.labels & _ASKS_IN_QUESTION and s.text.rstrip().endswith("?")
        for s in sentences
    )
