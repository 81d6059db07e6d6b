"""What kind of inbound message this is: ooo, auto_ack, bounce, gone or human.

Headers first (RFC 3834 and the vendors' markers), then the subject, then the body.
Bounces and permanent "gone" notices are settled before absences, because both often
carry auto-reply headers and absence-like words ("the recipient was unavailable").
A body alone makes an out-of-office only when it reads like a template: a person
mentioning a holiday in a reply or announcing one to a list is a human message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from guard.analysis.inbound.lexicon import InboundLexicon, cue_language
from guard.analysis.text.quotes import find_quote_start
from models.domain import Span

_LEAD = 1500  # auto-replies say what they are at the top; quoted history follows
_BUFFER = 300  # an out-of-office says so in its opening lines
_HEADS_UP_REACH = 80
# "Next week I'm away", "我下周出差": the time can come first, within the sentence.
_HEADS_UP_LOOKBACK = 24
_DAEMON = re.compile(r"mailer-daemon|postmaster|mail delivery", re.IGNORECASE)
_STATUS = re.compile(r"(?<![\d.])([245])\.\d{1,3}\.\d{1,3}(?![\d.])")
_SOFT_STATUS = ("4.", "5.2.2")  # temporary failures, and mailbox full
_SENTENCE_END = re.compile(r"[.!?\n。！？؟]")
_CLAUSE_END = re.compile(r"[.!?\n。！？，,、;；]")
_OOF_MARKERS = re.compile(r"oof|vacation|out[- ]of[- ]office", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Classification:
    kind: str
    bounce_type: str | None = None
    confidence: float = 1.0
    spans: tuple[Span, ...] = ()
    languages: tuple[str, ...] = ()  # languages of the cues that decided


@dataclass(frozen=True, slots=True)
class Message:
    """The texts a decision reads: originals for evidence, folded ones for matching."""

    subject: str
    text: str
    fsubject: str
    folded: str

    @property
    def lead(self) -> int:
        return min(len(self.folded), _LEAD)


@dataclass(frozen=True, slots=True)
class HeaderSignals:
    auto: bool = False  # RFC 3834 and friends: a machine answered
    ooo: bool = False  # the vendor says this is an out-of-office answer
    report: str | None = None  # multipart/report type
    daemon: bool = False
    calendar: bool = False
    bulk: bool = False  # list headers: a mailing, never an answer to one person


def header_signals(headers: Mapping[str, str]) -> HeaderSignals:
    """What the headers alone say about the message."""
    h = {k.lower(): str(v) for k, v in headers.items()}
    auto_submitted = h.get("auto-submitted", "").strip().lower()
    precedence = h.get("precedence", "").strip().lower()
    auto = (
        auto_submitted not in ("", "no")
        or any(k in h for k in ("x-autoreply", "x-autorespond", "x-auto-reply"))
        or precedence in ("bulk", "junk", "auto_reply")
        or "x-auto-response-suppress" in h
    )
    vendor = " ".join(
        v for k, v in h.items()
        if k in ("x-apple-action", "x-ms-exchange-message-is-ndr")
        or "messageclass" in k.replace("-", "") or k.startswith("x-autoreply-type")
    )  # fmt: skip
    content_type = h.get("content-type", "").lower()
    report = re.search(r"report-type=\"?([\w-]+)", content_type)
    return HeaderSignals(
        auto=auto,
        ooo=bool(_OOF_MARKERS.search(vendor)),
        report=report.group(1)
        if "multipart/report" in content_type and report
        else None,
        daemon=bool(_DAEMON.search(h.get("from", ""))),
        calendar="text/calendar" in content_type or "method=request" in content_type,
        bulk="list-unsubscribe" in h or "list-id" in h,
    )


def classify(
    headers: Mapping[str, str], msg: Message, lexicon: InboundLexicon
) -> Classification:
    """The kind of message, with the phrases that decided it."""
    signals = header_signals(headers)
    for decide in (
        _bounce,
        _gone,
        _receipt,
        _list_mail,
        _out_of_office,
        _acknowledgement,
        _mailing,
    ):
        found = decide(signals, msg, lexicon)
        if found is not None:
            return found
    return Classification("human", confidence=0.7)


def _span(label: str, match: re.Match, msg: Message, field: str = "body") -> Span:
    original = msg.subject if field == "subject" else msg.text
    return Span(
        label, match.start(), match.end(), original[match.start() : match.end()], field
    )


def _bounce(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    folded = msg.folded
    body = list(lexicon.cue("bounce").finditer(folded, 0, min(len(folded), 3000)))
    in_subject = lexicon.cue("subject_bounce").search(msg.fsubject)
    statuses = [m.group(0) for m in _STATUS.finditer(folded, 0, min(len(folded), 5000))]
    if not (
        signals.report == "delivery-status"
        or in_subject
        or (body and (signals.daemon or signals.auto or statuses or len(body) > 1))
    ):
        return None
    delay = lexicon.cue("delay").search(msg.fsubject) or lexicon.cue("delay").search(
        folded, 0, msg.lead
    )
    soft = bool(delay) or (
        bool(statuses) and all(s.startswith(_SOFT_STATUS) for s in statuses)
    )
    spans = tuple(_span("bounce_phrase", m, msg) for m in body[:1])
    return Classification("bounce", "soft" if soft else "hard", 0.95, spans)


def _gone(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    # A machine's notice may say it loosely; a person's words must say it outright,
    # or a buyer's "no longer working on that project" would suppress them.
    cue = "gone" if signals.auto else "gone_notice"
    found = (
        lexicon.cue(cue).search(msg.folded, 0, msg.lead),
        lexicon.cue("departure").search(msg.folded, 0, msg.lead),
    )
    matches = [m for m in found if m is not None]
    if not matches:
        return None
    match = min(matches, key=lambda m: m.start())
    if _away_for_now(msg, lexicon, match):
        return None
    span = _span("gone_phrase", match, msg)
    return Classification(
        "gone", confidence=0.85 if signals.auto else 0.7, spans=(span,)
    )


def _away_for_now(msg: Message, lexicon: InboundLexicon, proof: re.Match) -> bool:
    """Whether a person says first that they are away and when they are back ("I'm on
    parental leave … back on 7 September; my inbox is not monitored meanwhile"): an
    unread inbox during an absence is no departure."""
    absence = personal_absence(msg, lexicon)
    if absence is None or absence.start() > proof.start():
        return False
    return lexicon.cue("return").search(msg.folded, 0, msg.lead) is not None


def _receipt(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    if signals.report == "disposition-notification" or signals.calendar:
        return Classification("auto_ack", confidence=0.95)
    return None


def _list_mail(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    # List headers (List-Unsubscribe, List-Id): a mailing, whatever holiday it
    # announces, unless the vendor marks the message an out-of-office answer.
    if signals.bulk and not signals.ooo:
        match = lexicon.cue("unsubscribe").search(
            msg.folded, 0, min(len(msg.folded), _RECEIPT_REACH)
        )
        spans = (_span("newsletter_phrase", match, msg),) if match else ()
        return Classification("newsletter", confidence=0.85, spans=spans)
    return None


def _out_of_office(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    folded, lead = msg.folded, msg.lead
    in_subject = lexicon.cue("subject_ooo").search(msg.fsubject)
    auto_subject = lexicon.cue("subject_auto").search(msg.fsubject)
    evidence = None if signals.ooo else receipt_evidence(msg, lexicon)
    if evidence == "auto_ack" or (
        evidence == "newsletter" and not (in_subject or auto_subject)
    ):
        # "Your ticket #4471 … our desk is closed until 4 January": a receipt or a
        # mailing that mentions a closure is no person's absence. (An "Automatic
        # reply:" whose signature offers an unsubscribe link is still a reply.)
        return None
    if not signals.ooo and (signals.bulk or promise_only(msg, lexicon)):
        # A mailing (list headers) is nobody's absence; nor is a receipt whose team
        # promises an answer ("we will get back to you within 2 business days",
        # "our office will be closed on 25 May") unless a person is said to be away.
        return None
    absence = lexicon.cue("absence").search(folded, 0, lead)
    returning = lexicon.cue("return").search(folded, 0, lead)
    marker = lexicon.cue("auto_marker").search(folded, 0, lead)
    spans = [_span("ooo_phrase", m, msg) for m in (absence,) if m]
    spans += [
        _span("ooo_phrase", m, msg, "subject") for m in (in_subject, auto_subject) if m
    ]
    languages = tuple(cue_language(m) for m in (absence, returning, in_subject) if m)
    found = Classification(
        "ooo", confidence=0.95, spans=tuple(spans), languages=languages
    )
    if signals.ooo:
        return found
    if signals.auto or auto_subject:
        if absence or in_subject or returning:
            return found
        if auto_subject and not _acknowledges(msg, lexicon):
            # Exchange writes "Automatic reply:" only for its out-of-office answers
            return Classification("ooo", confidence=0.6, spans=tuple(spans))
        return None
    if signals.bulk or not (absence or in_subject or (returning and marker)):
        return None  # a newsletter wishing happy holidays is no out-of-office
    # Announcements ("FYI", "Hi everyone") are written by hand, whatever else they say,
    # and so are replies that greet the reader by name ("Hola Ana, esta semana estoy
    # de viaje…"): an auto-reply cannot know whom it answers.
    if lexicon.cue("human_marker").search(folded, 0, lead):
        return None
    if typed_on_a_phone(msg, lexicon):
        return None  # "Sorry Tom, on holiday till the 25th. Sent from my iPhone"
    if not in_subject and (greets_by_name(msg, lexicon) or reacts(msg, lexicon)):
        return None
    if not in_subject and _asks_after(folded, absence or returning):
        return None  # "away until the 18th, can we talk after?": a person asks
    if not in_subject and asks_reader(msg):
        return None  # "On leave until 3 August. Is the offer still valid then?"
    if marker:
        return Classification(
            "ooo", confidence=0.8, spans=tuple(spans), languages=languages
        )
    if heads_up(folded, absence, lexicon):
        return None
    if absence and absence.start() > _BUFFER and not in_subject:
        return None  # a holiday mentioned in passing deep inside a message
    return Classification(
        "ooo", confidence=0.7, spans=tuple(spans), languages=languages
    )


def _asks_after(folded: str, cue: re.Match | None) -> bool:
    """Whether the sentence with the absence asks the reader something."""
    if cue is None:
        return False
    reach = min(len(folded), cue.end() + _HEADS_UP_REACH)
    end = _SENTENCE_END.search(folded, cue.end(), reach)
    return bool(end) and folded[end.start()] in "?？؟"


def asks_reader(msg: Message) -> bool:
    """Whether the reply's own opening (before any quoted history) asks the reader
    something, in any sentence: an auto-reply answers every sender alike and asks
    none of them anything; a person away asks when to talk, or whether an offer
    still holds."""
    own = msg.text[: min(find_quote_start(msg.text), _BUFFER * 2)]
    return _QUESTION.search(own) is not None


def personal_absence(msg: Message, lexicon: InboundLexicon) -> re.Match | None:
    """The first absence cue in the opening that speaks of a person, not of a company
    closed ("I am on leave", not "our office is closed on 25 May"); or None."""
    folded, lead = msg.folded, msg.lead
    closures = [m.span() for m in lexicon.cue("closure").finditer(folded, 0, lead)]
    for match in lexicon.cue("absence").finditer(folded, 0, lead):
        start, end = match.span()
        if not any(s < end and start < e for s, e in closures):
            return match
    return None


def promise_only(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether the text is an acknowledgement's: a team promises an answer or a shared
    mailbox speaks (`ack_promise`), and no person is said to be away (a closed
    office is not a person away; an "Out of office" subject is)."""
    if lexicon.cue("ack_promise").search(msg.folded, 0, msg.lead) is None:
        return False
    if lexicon.cue("subject_ooo").search(msg.fsubject):
        return False
    return personal_absence(msg, lexicon) is None


# How far into a message its receipt number or unsubscribe footer may stand.
_RECEIPT_REACH = 6000


def receipt_evidence(msg: Message, lexicon: InboundLexicon) -> str | None:
    """What proves a message is no absence: a receipt's reference number ("ticket
    #4471", "受付番号") makes it an acknowledgement ("auto_ack"), an unsubscribe link
    outside a reply thread a mailing ("newsletter"); None when neither is there."""
    global _last_receipt
    last = _last_receipt
    if last[0] is msg.folded and last[1] is msg.fsubject:
        return last[2]  # asked once by the classifier and once by the parser
    end = min(len(msg.folded), _RECEIPT_REACH)
    answer = None
    if lexicon.cue("reference").search(msg.folded, 0, end) or lexicon.cue(
        "reference"
    ).search(msg.fsubject):
        answer = "auto_ack"
    elif not _REPLY_SUBJECT.match(msg.fsubject) and lexicon.cue("unsubscribe").search(
        msg.folded, 0, end
    ):
        answer = "newsletter"  # a mailing starts a thread; it answers none
    _last_receipt = (msg.folded, msg.fsubject, answer)
    return answer


# The last message asked about and its answer: one tuple, replaced whole.
_last_receipt: tuple[str | None, str | None, str | None] = (None, None, None)


def _mailing(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    # An unsubscribe footer outside a reply thread: a mailing ("take me off your
    # list" in a reply is a person's request).
    if _REPLY_SUBJECT.match(msg.fsubject):
        return None
    match = lexicon.cue("unsubscribe").search(
        msg.folded, 0, min(len(msg.folded), _RECEIPT_REACH)
    )
    if match is None:
        return None
    return Classification(
        "newsletter", confidence=0.75, spans=(_span("newsletter_phrase", match, msg),)
    )


def _acknowledges(msg: Message, lexicon: InboundLexicon) -> bool:
    # "【自動返信】お問い合わせを受け付けました": the subject can carry the receipt too.
    return bool(
        lexicon.cue("auto_ack").search(msg.folded, 0, msg.lead)
        or lexicon.cue("ack_promise").search(msg.folded, 0, msg.lead)
        or lexicon.cue("auto_ack").search(msg.fsubject)
    )


def heads_up(folded: str, absence: re.Match | None, lexicon: InboundLexicon) -> bool:
    # A *future* absence in the same sentence ("on vacation next week") is a person's
    # heads-up; an auto-responder speaks of the absence it is in.
    if absence is None:
        return False
    reach = min(len(folded), absence.end() + _HEADS_UP_REACH)
    sentence_end = _SENTENCE_END.search(folded, absence.end(), reach)
    end = sentence_end.start() if sentence_end else reach
    start = _clause_start(folded, absence)
    return any(
        not _dates_return(folded, cue, lexicon)
        for cue in lexicon.cue("headsup").finditer(folded, start, end)
    )


# How close a return cue stands to "next week" when that is the day of the return.
_RETURN_NEAR = 4


def _dates_return(folded: str, cue: re.Match, lexicon: InboundLexicon) -> bool:
    # "我正在出差，下周一回到办公室", "traveling, back next week": the coming day
    # is when the person is back, not when a coming absence starts.
    # Only a day's words may stand between them ("下周一"): not an absence, not a
    # clause break ("我下周出差，回来后再约" is a coming trip).
    for m in lexicon.cue("return").finditer(
        folded,
        max(0, cue.start() - 3 * _HEADS_UP_LOOKBACK),
        min(len(folded), cue.end() + 3 * _HEADS_UP_LOOKBACK),
    ):
        if cue.end() <= m.start() <= cue.end() + _RETURN_NEAR:
            gap = (cue.end(), m.start())
        elif cue.start() - _RETURN_NEAR <= m.end() <= cue.start():
            gap = (m.end(), cue.start())
        else:
            continue
        if not _CLAUSE_END.search(folded, *gap) and not lexicon.cue("absence").search(
            folded, *gap
        ):
            return True
    return False


def _clause_start(folded: str, absence: re.Match) -> int:
    floor = max(0, absence.start() - _HEADS_UP_LOOKBACK)
    ends = list(_CLAUSE_END.finditer(folded, floor, absence.start()))
    return ends[-1].end() if ends else floor


# After the greeting: a capitalised name of two letters or more, up to three words,
# and then the end of the greeting ("Hi Mark,", "Hallo Herr Meier,", "Hey Chris -",
# "أهلاً عمر،").
_NAME = re.compile(
    r"[^\W\d_][^\W\d_'’-]*[^\W\d_](?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*"
    r"(?:[,!:;–—،，、：-]|$)",
    re.MULTILINE,
)
_BEFORE_NAME = re.compile(r"\.?[ \t]*,?[ \t]*")  # "Hi, Tom", "Mr. Smith"


def template_like(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether the text reads like a template: it greets nobody by name, carries no
    announcement or hand-written marker and asks the reader nothing in its opening."""
    lead = msg.folded[: msg.lead]
    return not (
        lexicon.cue("human_marker").search(lead)
        or greets_by_name(msg, lexicon)
        or typed_on_a_phone(msg, lexicon)
        or reacts(msg, lexicon)
        or _QUESTION.search(lead[: _BUFFER * 2])
    )


_QUESTION = re.compile(r"[?？؟]")
# A mail client's footer on a message typed on a phone ("Sent from my iPhone", "Von
# meinem iPhone gesendet", "Get Outlook for Android"): a short line of its own naming
# the device, outside the quoted history. A server writes an out-of-office reply; it
# never signs it from a phone.
_DEVICE_FOOTER = re.compile(
    r"^(?![ \t]*>)[^\n]{0,40}\b(?:iphone|ipad|android|blackberry|samsung|galaxy|huawei"
    r"|xiaomi|outlook for (?:ios|android))\w*(?:'\w+)?[^\w\n][^\n]{0,30}$"
    r"|^(?![ \t]*>)[^\n]{0,40}\b(?:iphone|ipad|android|blackberry)\w*(?:'\w+)?[ \t]*$"
    r"|^[ \t]*(?:iphone|ipad)(?:から送信|에서 보냄|에서 보냈습니다)[ \t]*$"
    r"|^[ \t]*(?:发自我的|從我的|从我的)\s*(?:iphone|ipad)[ \t]*$",
    re.MULTILINE,
)


def typed_on_a_phone(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether a person typed the message on a phone (a mail client's footer) and it
    does not use an auto-reply's set phrases ("thank you for your message"). People
    away answer from their phones; out-of-office replies come from the server."""
    if _DEVICE_FOOTER.search(msg.folded, 0, min(len(msg.folded), _LEAD)) is None:
        return False
    return lexicon.cue("auto_marker").search(msg.folded, 0, msg.lead) is None


def reacts(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether the text opens with a reaction to what the reader sent ("Sounds good.",
    "Danke!", "Merci pour l'envoi."): an auto-reply has not read the message."""
    folded = msg.folded
    start = len(folded) - len(folded.lstrip())
    match = lexicon.cue("reaction").search(folded, start, min(len(folded), start + 60))
    return match is not None and match.start() == start


def greets_by_name(msg: Message, lexicon: InboundLexicon) -> bool:
    """Whether the first line greets a named person ("Hi Mark,", "Hola Ana,")."""
    folded, text = msg.folded, msg.text
    start = len(folded) - len(folded.lstrip())
    line_end = folded.find("\n", start)
    line_end = len(folded) if line_end < 0 else line_end
    opener = _cue_at(lexicon, "greeting.opener", folded, start, line_end)
    # "Panie Tomie,", "Herr Meier,", "الأستاذ توم المحترم،": a formal address may
    # open with the title alone, without a greeting word.
    at = start if opener is None else _BEFORE_NAME.match(folded, opener, line_end).end()
    title = _cue_at(lexicon, "greeting.title", folded, at, line_end)
    if opener is None and (title is None or folded[title : title + 1].isalpha()):
        return _addresses(msg, lexicon, start, line_end) or _named_greeting(
            msg, lexicon, start, line_end
        )
    if title is not None:
        at = _BEFORE_NAME.match(folded, title, line_end).end()
    name = _NAME.match(text, at, line_end)
    # A name is capitalised; scripts without case (Hebrew, Arabic, Korean) only need
    # a letter there.
    if name is None or text[at].islower():
        return False
    return _cue_at(lexicon, "greeting.generic", folded, at, line_end) is None


# "Tom, I'm travelling until the 14th", "Том, я в командировке": a single word and a
# comma open the message.
# (Not in Chinese, Japanese or Korean, written without spaces: "我正在休年假，" is a
# clause; their lexicons know how a name is greeted there, "王总，", "민준님".)
_VOCATIVE = re.compile(
    r"((?:(?![\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef])[^\W\d_]){2,12})[ \t]*[,،，]"
)


def _addresses(
    msg: Message, lexicon: InboundLexicon, start: int, line_end: int
) -> bool:
    """Whether the message opens by calling the reader by name, without a greeting
    ("Tom, I'm away until the 14th"): a capitalised word (or one of a script without
    case) and a comma, which no lexicon knows as a greeting or a general address
    ("Hello,", "Colleagues,") and which is no adverb ("Unfortunately,")."""
    folded, text = msg.folded, msg.text
    name = _VOCATIVE.match(text, start, line_end)
    if (
        name is None
        or text[start].islower()
        or folded[start : name.end(1)].endswith("ly")
    ):
        return False
    return not any(
        _cue_at(lexicon, cue, folded, start, line_end) is not None
        for cue in ("greeting.opener", "greeting.generic", "greeting.title")
    )


_FIRST_WORD = re.compile(r"[^\W\d_]{2,12}[ \t]+")
_GREETING_END = re.compile(r"[ \t]*[,،，!]")


def _named_greeting(
    msg: Message, lexicon: InboundLexicon, start: int, line_end: int
) -> bool:
    """Whether the message opens with a name and then the greeting ("טום שלום,"),
    the order Hebrew and Arabic write it in; not a general address ("לקוחות יקרים,":
    dear customers). Only in scripts without case: in Latin script "God dag," is one
    greeting, not a name and Dutch "dag"."""
    word = _FIRST_WORD.match(msg.text, start, line_end)
    first = msg.text[start : start + 1]
    if word is None or first.isupper() or first.islower():
        return False
    if _cue_at(lexicon, "greeting.generic", msg.folded, start, line_end) is not None:
        return False
    opener = _cue_at(lexicon, "greeting.opener", msg.folded, word.end(), line_end)
    return opener is not None and bool(_GREETING_END.match(msg.folded, opener))


def _cue_at(
    lexicon: InboundLexicon, name: str, folded: str, at: int, end: int
) -> int | None:
    """The end of cue `name` if it starts exactly at `at`, else None."""
    match = lexicon.cue(name).search(folded, at, end)
    return match.end() if match is not None and match.start() == at else None


_REPLY_SUBJECT = re.compile(r"\s*(?:re|aw|sv|vs|antw|rif|r|res|odp)\s*:", re.IGNORECASE)


def _acknowledgement(
    signals: HeaderSignals, msg: Message, lexicon: InboundLexicon
) -> Classification | None:
    match = lexicon.cue("auto_ack").search(msg.folded, 0, msg.lead)
    promise = lexicon.cue("ack_promise").search(msg.folded, 0, msg.lead)
    if promise is not None and personal_absence(msg, lexicon) is not None:
        promise = None  # "I am on leave; our team will answer within a day"
    match = match or promise
    reference = lexicon.cue("reference").search(
        msg.folded, 0, min(len(msg.folded), _RECEIPT_REACH)
    )
    in_subject = lexicon.cue("subject_ack").search(msg.fsubject) or lexicon.cue(
        "subject_auto"
    ).search(msg.fsubject)
    replying = _REPLY_SUBJECT.match(msg.fsubject)
    # A reference number in a reply thread is a receipt when the text reads like a
    # template; "Hi Tom, ticket 4471 is fixed?" is a person's.
    numbered = reference is not None and (
        signals.auto or not replying or template_like(msg, lexicon)
    )
    if not (match or in_subject or signals.auto or numbered):
        return None
    if match is None and numbered:
        match = reference  # "Ticket #4471 created": the number is the receipt
    if (
        match
        and not (in_subject or signals.auto or (match and reference))
        and replying
        and not (promise is not None and template_like(msg, lexicon))
    ):
        # A person answering in the thread ("take me off your mailing list") uses the
        # words an acknowledgement uses; only headers, the subject, or a team's
        # promise in a text that greets and asks nobody make it automatic.
        return None
    spans = (_span("auto_ack_phrase", match, msg),) if match else ()
    return Classification(
        "auto_ack", confidence=0.9 if signals.auto else 0.75, spans=spans
    )
