"""The one small interface every mail source implements (Graph and EWS)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable


class MailSourceError(Exception):
    """A mail source could not answer (down, throttled past the bound, bad auth)."""


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One inbound message as the inbound parser sees it; no interpretation yet."""

    message_id: str
    headers: dict[str, str]  # case-preserving; the first value of a repeated header
    subject: str
    body: str  # plain text; rendered from HTML when there was no text part
    body_is_html: bool  # True when `body` was rendered from an HTML-only message
    sender: str  # address only, lower-cased; "" when unknown
    to: tuple[str, ...] = ()
    sent_at: datetime | None = None  # timezone-aware
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    item_class: str | None = None  # e.g. IPM.Note.Rules.OofTemplate.Microsoft
    mailbox: str | None = None  # the mailbox it was read from, if any

    def header(self, name: str) -> str | None:
        """Look a header up case-insensitively (the dict itself keeps the case)."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


@dataclass(frozen=True, slots=True)
class FetchBatch:
    """What one poll returned; store `watermark` only after the caller committed."""

    messages: list[RawMessage]
    watermark: str | None
    skipped: int = 0  # malformed items left out (and logged), not retried
    has_more: bool = False  # the limit was reached: poll again right away


@dataclass(frozen=True, slots=True)
class OofState:
    """Out-of-office settings as the mail server reports them."""

    enabled: bool
    start: datetime | None = None  # aware; None unless the reply is scheduled
    end: datetime | None = None
    message: str = ""  # the external reply as plain text


@runtime_checkable
class MailSource(Protocol):
    """A mailbox the worker polls for inbound replies."""

    name: str  # unique per mailbox and kind, e.g. graph:sam@seller.example
    mailbox: str  # the rep's address, lower-cased

    def fetch_since(self, watermark: str | None, *, limit: int) -> FetchBatch:
        """Messages after `watermark` (None: from the start), oldest first."""
        ...

    def oof_state(self, email: str) -> OofState | None:
        """Out-of-office settings of a mailbox, or None if the server won't say."""
        ...

    def mail_tips(self, emails: list[str]) -> dict[str, OofState]:
        """Out-of-office state of recipients by address; missing where unknown."""
        ...
