"""Plain, frozen domain types: what the rules read and what a decision is.

No ORM and no API schemas here: `guard/engine/snapshot.py` converts database rows into
these once per check, the rules read them, and `guard/engine/record.py` persists the
`Decision`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Literal

Channel = Literal["email", "linkedin", "call", "sms"]
CHANNELS: tuple[str, ...] = ("email", "linkedin", "call", "sms")
CONSENT_STATES: tuple[str, ...] = ("ok", "opted_out", "bounced", "do_not_contact")
INBOUND_KINDS: tuple[str, ...] = (
    *("ooo", "auto_ack", "bounce", "complaint", "gone", "human", "newsletter"),
)


class Verdict(StrEnum):
    """What the guard answers; ordered so that the strongest finding wins."""

    ALLOW = "allow"
    WARN = "warn"
    REWRITE = "rewrite"
    DEFER = "defer"
    BLOCK = "block"

    @property
    def rank(self) -> int:
        return _VERDICT_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Verdict):
            return NotImplemented
        return self.rank >= other.rank


_VERDICT_ORDER = list(Verdict)


# --- message analysis -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the analysed text: `MessageAnalysis.text[start:end] == text`.

    `field` says which text the offsets point into ("body" or "subject").
    """

    label: str
    start: int
    end: int
    text: str
    field: str = "body"


@dataclass(frozen=True, slots=True)
class MessageAnalysis:
    """What the text of a planned send says (docs/analysis.md, outgoing)."""

    language: str
    text: str  # the plain-text body the spans point into (HTML already converted)
    subject: str = ""
    new_text: str = ""  # own new lines: quoted history and signature removed
    intents: frozenset[str] = frozenset()
    spans: tuple[Span, ...] = ()  # evidence, label = intent or topic
    is_bump: bool = False  # the bump model's decision at its calibrated threshold
    bump_probability: float | None = None  # calibrated; None: language unsupported
    model_id: str | None = None  # the model that decided, recorded with each check
    language_unsupported: bool = False  # not one of the languages the model knows
    substantive_sentences: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    new_links: tuple[str, ...] = ()  # links not sent to this contact before
    scheduling_links: tuple[str, ...] = ()  # the sender's own booking links
    topics: frozenset[str] = frozenset()  # persona topics: integration, security, …
    greeting: str | None = None
    signoff: str | None = None

    def has(self, *intents: str) -> bool:
        return any(intent in self.intents for intent in intents)

    def spans_for(self, *labels: str) -> tuple[Span, ...]:
        return tuple(s for s in self.spans if s.label in labels)


# --- inbound analysis -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AlternateContact:
    name: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class InboundAnalysis:
    """What a message from the contact says (docs/analysis.md, inbound)."""

    kind: str  # one of INBOUND_KINDS
    language: str = "en"
    bounce_type: str | None = None  # "hard" | "soft" for bounces
    returns_on: date | None = None  # first day back
    last_day_away: date | None = None
    starts_on: date | None = None
    confidence: float = 1.0
    date_found: bool = False  # False: returns_on comes from the default absence length
    alternate_contacts: tuple[AlternateContact, ...] = ()
    scheduling_link: str | None = None
    intents: frozenset[str] = frozenset()  # negative, unsubscribe, referral, …
    spans: tuple[Span, ...] = ()
    away: bool = False  # a person wrote they are away: a human reply and an absence
    model_id: str | None = None  # the inbound text model consulted, if any


# --- the context a rule reads -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    """A contact as the rules see it."""

    id: int
    email: str
    first_name: str | None = None
    last_name: str | None = None
    title: str | None = None
    persona: str | None = None
    position: str | None = None
    entry_point: bool = True
    stage: str = "lead"
    timezone: str = "UTC"
    country: str | None = None
    language: str = "en"
    consent: str = "ok"
    external_id: str | None = None
    account_id: int | None = None

    @property
    def display_name(self) -> str:
        full = " ".join(p for p in (self.first_name, self.last_name) if p)
        return full or self.email

    @property
    def short_name(self) -> str:
        return self.first_name or self.email


@dataclass(frozen=True, slots=True)
class Account:
    id: int
    name: str
    domain: str | None = None
    country: str | None = None
    timezone: str | None = None
    do_not_contact: bool = False


@dataclass(frozen=True, slots=True)
class GroupMember:
    """Another member of the account's buying group, with whether they engaged."""

    person: Person
    engaged: bool = False  # has sent a human reply


@dataclass(frozen=True, slots=True)
class TouchRecord:
    """An outbound touch that happened (or that the guard allowed)."""

    id: int
    contact_id: int
    sender_email: str
    channel: str
    sent_at: datetime
    subject: str = ""
    body: str = ""
    automated: bool = False
    sequence_id: str | None = None
    is_bump: bool = False
    links: tuple[str, ...] = ()  # links and assets it carried
    # Allowed by a check and not yet confirmed by the CRM (counted until it expires).
    provisional: bool = False


@dataclass(frozen=True, slots=True)
class InboundRecord:
    """Something the contact sent, already classified when it arrived."""

    id: int
    contact_id: int
    kind: str  # one of INBOUND_KINDS
    received_at: datetime
    intents: frozenset[str] = frozenset()
    subject: str = ""
    snippet: str = ""
    scheduling_link: str | None = None
    absence_id: int | None = None
    to_email: str | None = None  # the seller address it answered (auto-replies too)


@dataclass(frozen=True, slots=True)
class AbsenceRecord:
    """Out-of-office state of the contact."""

    id: int
    contact_id: int
    source: str  # auto_reply | exchange_oof | mailtips | manual
    starts_on: date | None = None
    returns_on: date | None = None  # first day expected back
    last_day_away: date | None = None
    confidence: float = 1.0
    evidence: str = ""
    noticed_at: datetime | None = None  # when the auto-reply arrived / was recorded
    alternate_contacts: tuple[AlternateContact, ...] = ()
    inbound_id: int | None = None


@dataclass(frozen=True, slots=True)
class Suppression:
    """A do-not-contact entry that covers this contact (contact, domain or account)."""

    scope: str  # contact | domain | account
    value: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SenderAway:
    """The sending rep's own automatic replies, as their mailbox last reported them."""

    status: str  # always | scheduled (a disabled reply is no SenderAway at all)
    starts_at: datetime | None = None  # set when scheduled
    ends_at: datetime | None = None
    message: str = ""

    def covers(self, instant: datetime) -> bool:
        """Whether the replies are on at `instant`."""
        if self.status == "always":
            return True
        if self.starts_at is None or self.ends_at is None:
            return False
        return self.starts_at <= instant < self.ends_at


@dataclass(frozen=True, slots=True)
class ContactContext:
    """Everything the rules may know about the contact at decision time.

    `now` is the clock: rules never read the system time.
    """

    now: datetime
    contact: Person
    account: Account | None = None
    group: tuple[GroupMember, ...] = ()
    touches: tuple[TouchRecord, ...] = ()  # this contact, newest first
    account_touches: tuple[TouchRecord, ...] = ()  # whole buying group, newest first
    inbound: tuple[InboundRecord, ...] = ()  # this contact, newest first
    absences: tuple[AbsenceRecord, ...] = ()  # open or recent, newest first
    suppressions: tuple[Suppression, ...] = ()
    sent_links: frozenset[str] = frozenset()
    team: str | None = None
    sender_away: SenderAway | None = None  # the sending rep's own time off
    # When the sending AI agent's recent touches went out (to anyone), newest first.
    agent_sends: tuple[datetime, ...] = ()


# --- the planned send and the decision --------------------------------------------


@dataclass(frozen=True, slots=True)
class PlannedSend:
    """A touch someone intends to send."""

    contact_id: int
    sender_email: str
    channel: str
    planned_at: datetime
    subject: str = ""
    body: str = ""
    body_html: str | None = None
    sequence_id: str | None = None
    sequence_step: int | None = None
    automated: bool = False
    assets: tuple[str, ...] = ()
    agent_id: str | None = None  # set when an AI agent sends: packs may be stricter


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a finding fired: a quote from a message, a record, or the policy."""

    source: str  # message | inbound | touch | absence | contact | policy | sender
    text: str
    id: str | None = None
    start: int | None = None
    end: int | None = None
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Suggestion:
    title: str
    url: str
    why: str
    asset_id: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict, with a sentence a sales manager understands."""

    rule: str
    verdict: Verdict
    message: str
    severity: str = "medium"  # low | medium | high
    evidence: tuple[Evidence, ...] = ()
    deliver_after: datetime | None = None  # for defer findings
    rewrite: str | None = None
    overridable: bool = True


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    deliver_after: datetime | None = None
    rewrite: str | None = None
    suggestions: tuple[Suggestion, ...] = field(default=())

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(f.rule for f in self.findings)
