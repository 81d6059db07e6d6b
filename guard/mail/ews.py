"""Exchange Web Services mail source (exchangelib), no autodiscover, bounded retries."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import requests
from exchangelib import (
    BASIC,
    DELEGATE,
    IMPERSONATION,
    NTLM,
    Account,
    Build,
    Configuration,
    Credentials,
    EWSDateTime,
    FaultTolerance,
    HTMLBody,
    Version,
)
from exchangelib.errors import (
    EWSError,
    ErrorInternalServerTransientError,
    MalformedResponseError,
    RateLimitError,
)
from exchangelib.properties import Mailbox, SendingAs
from exchangelib.services import GetMailTips
from exchangelib.version import EXCHANGE_2013

from guard.mail.mime import clean_text, html_to_text
from guard.mail.source import FetchBatch, MailSourceError, OofState, RawMessage

log = logging.getLogger(__name__)

# Only what the inbound parser reads: GetItem cost grows with every field asked.
_FIELDS = (
    "subject", "item_class", "datetime_received", "datetime_sent", "headers",
    "body", "message_id", "in_reply_to", "references", "author", "sender",
    "to_recipients",
)  # fmt: skip
_TRANSIENT_HTTP = (500, 502, 504)  # 503 is already retried by exchangelib


@dataclass(frozen=True, slots=True)
class ExchangeSettings:
    """Where and how to reach one mailbox over EWS."""

    service_endpoint: str  # https://mail.example.com/EWS/Exchange.asmx
    username: str
    password: str = field(repr=False)
    mailbox: str  # primary SMTP address of the mailbox to poll
    auth_type: Literal["NTLM", "basic"] = NTLM
    access_type: Literal["delegate", "impersonation"] = DELEGATE
    build: tuple[int, int] = (15, 1)  # Exchange 2016; set it so nothing probes
    # A poll may spend at most this long waiting out throttling and outages;
    # the worker has other mailboxes to serve (DESIGN §6).
    max_wait: float = 10.0
    retry_wait: float = 1.0  # first back-off when the server names none; doubles
    request_timeout: float = 30.0  # one HTTP request; EWS answers in < 1 s when well


class BoundedRetry(FaultTolerance):
    """FaultTolerance with one budget per call instead of per back-off.

    exchangelib checks max_wait against each single back-off, and takes the
    server's BackOffMilliseconds as given, so a server that keeps asking for
    short waits would stall a caller forever. Here the sleeps of one call
    (`with policy.budget():`) add up to at most max_wait.
    """

    def __init__(self, max_wait: float) -> None:
        super().__init__(max_wait=max_wait)
        self._local = threading.local()  # protocols are shared across threads

    @contextmanager
    def budget(self) -> Iterator[None]:
        self._local.deadline = time.monotonic() + self.max_wait
        try:
            yield
        finally:
            self._local.deadline = None

    def back_off(self, seconds: float | None) -> None:
        seconds = self.DEFAULT_BACKOFF if seconds is None else seconds
        deadline = getattr(self._local, "deadline", None)
        if deadline is not None and time.monotonic() + seconds > deadline:
            raise RateLimitError(
                f"server still failing; retrying would exceed max_wait={self.max_wait}s",
                wait=seconds,
            )
        super().back_off(seconds)

    def raise_response_errors(self, response: requests.Response) -> None:
        try:
            super().raise_response_errors(response)
        except MalformedResponseError:
            # A bare 5xx from a proxy or IIS is an outage, not a bad request.
            if response.status_code in _TRANSIENT_HTTP:
                raise ErrorInternalServerTransientError(
                    f"HTTP {response.status_code} from the server"
                ) from None
            raise


@dataclass(frozen=True, slots=True)
class _Watermark:
    """Last datetime_received delivered, plus digests of the items delivered at it.

    EWS cannot sort by item id, and several items often share one received
    second, so "after (time, id)" is not a query the server can answer; "at or
    after time, minus the ones already seen" is.
    """

    received: datetime
    seen: frozenset[str]

    def dump(self) -> str:
        return f"{self.received.isoformat()}|{','.join(sorted(self.seen))}"

    @classmethod
    def load(cls, text: str | None) -> _Watermark | None:
        if not text:
            return None
        stamp, _, ids = text.partition("|")
        try:
            received = datetime.fromisoformat(stamp)
        except ValueError:
            raise MailSourceError(
                f"watermark {text[:60]!r} was not written by ExchangeSource; "
                "reset it to None to re-read the mailbox"
            ) from None
        if received.tzinfo is None:
            raise MailSourceError(f"watermark {stamp!r} has no time zone; reset it")
        return cls(received, frozenset(filter(None, ids.split(","))))


def _digest(item_id: str) -> str:
    # Item ids run to 150+ characters; 16 hex digits keep the watermark short.
    return hashlib.sha256(item_id.encode()).hexdigest()[:16]


class ExchangeSource:
    """Polls one mailbox's Inbox over EWS; see MailSource."""

    def __init__(self, settings: ExchangeSettings) -> None:
        self.settings = settings
        self.name = f"ews:{settings.mailbox.lower()}"
        self._policy = BoundedRetry(max_wait=settings.max_wait)
        self._account = self._connect()

    def _connect(self) -> Account:
        s = self.settings
        config = Configuration(
            service_endpoint=s.service_endpoint,
            credentials=Credentials(s.username, s.password),
            auth_type=NTLM if s.auth_type == NTLM else BASIC,
            version=Version(build=Build(*s.build)),
            retry_policy=self._policy,
        )
        account = Account(
            primary_smtp_address=s.mailbox,
            config=config,
            autodiscover=False,
            access_type=IMPERSONATION if s.access_type == IMPERSONATION else DELEGATE,
            default_timezone=None,
        )
        protocol = account.protocol
        # exchangelib caches one Protocol per (endpoint, credentials): make the
        # shared one use this source's bounds, not the first caller's.
        protocol.config.retry_policy = self._policy
        protocol.TIMEOUT = s.request_timeout
        protocol.RETRY_WAIT = s.retry_wait
        return account

    @contextmanager
    def _calling(self, what: str) -> Iterator[None]:
        """Run one server call within the retry budget; name what failed."""
        started = time.monotonic()
        try:
            with self._policy.budget():
                yield
        except (EWSError, requests.RequestException, OSError) as e:
            spent = time.monotonic() - started
            raise MailSourceError(
                f"{self.name}: {what} failed after {spent:.1f}s "
                f"({type(e).__name__}: {e}); check {self.settings.service_endpoint} "
                "and the credentials, or raise max_wait if the server is throttling"
            ) from e

    def fetch_since(self, watermark: str | None, *, limit: int) -> FetchBatch:
        """Inbox items received at or after the watermark, minus those already seen."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        mark = _Watermark.load(watermark)
        seen = mark.seen if mark else frozenset()
        with self._calling("fetching new items"):
            rows = self._query(mark, limit + len(seen))
        fetched_all = len(rows) < limit + len(seen)
        fresh = [r for r in rows if not _already_seen(r, mark)]
        batch, skipped = fresh[:limit], 0
        messages = []
        for row in batch:
            message = self._convert(row)
            if message is None:
                skipped += 1
            else:
                messages.append(message)
        return FetchBatch(
            messages=messages,
            watermark=_advance(mark, batch),
            skipped=skipped,
            has_more=not fetched_all or len(fresh) > limit,
        )

    def _query(self, mark: _Watermark | None, count: int) -> list[Any]:
        inbox = self._account.inbox
        query = inbox.all() if mark is None else inbox.filter(
            datetime_received__gte=EWSDateTime.from_datetime(mark.received.astimezone(UTC))
        )
        fields = list(_FIELDS)
        if self._account.version.build >= EXCHANGE_2013:
            fields.append("text_body")  # the server's own HTML-to-text rendering
        rows = list(query.only(*fields).order_by("datetime_received")[:count])
        # Server order within one received second is arbitrary; make it stable.
        return sorted(rows, key=_sort_key)

    def _convert(self, item: Any) -> RawMessage | None:
        if isinstance(item, Exception):
            log.warning("%s: skipping an item the server could not read: %s", self.name, item)
            return None
        try:
            return item_to_raw(item, mailbox=self.settings.mailbox.lower())
        except (ValueError, TypeError, AttributeError) as e:
            log.warning("%s: skipping malformed item %s: %r", self.name, _item_id(item), e)
            return None

    def oof_state(self, email: str) -> OofState | None:
        """The mailbox's own automatic-reply settings (GetUserOofSettings)."""
        account = self._account
        if email.lower() != self.settings.mailbox.lower():
            account = Account(
                primary_smtp_address=email,
                config=self._account.protocol.config,
                autodiscover=False,
                access_type=self._account.access_type,
                default_timezone=None,
            )
        try:
            with self._calling(f"reading OOF settings of {email}"):
                settings = account.oof_settings
        except MailSourceError as e:
            log.info("%s", e)
            return None
        if settings is None:
            return None
        return OofState(
            enabled=settings.state != "Disabled",
            start=_aware(settings.start) if settings.state == "Scheduled" else None,
            end=_aware(settings.end) if settings.state == "Scheduled" else None,
            message=_reply_text(settings.external_reply or settings.internal_reply),
        )

    def mail_tips(self, emails: list[str]) -> dict[str, OofState]:
        """Recipients' out-of-office state from MailTips; {} if the server won't say."""
        if not emails:
            return {}
        service = GetMailTips(protocol=self._account.protocol)
        try:
            with self._calling("reading MailTips"):
                tips = list(
                    service.call(
                        sending_as=SendingAs(email_address=self.settings.mailbox),
                        recipients=[Mailbox(email_address=e) for e in emails],
                        mail_tips_requested="OutOfOfficeMessage",
                    )
                )
        except MailSourceError as e:
            log.info("%s", e)
            return {}
        return dict(filter(None, (_tip_state(t) for t in tips)))


def _tip_state(tip: Any) -> tuple[str, OofState] | None:
    if isinstance(tip, Exception) or tip.recipient_address is None:
        return None
    address = (tip.recipient_address.email_address or "").lower()
    oof = tip.out_of_office
    if not address or oof is None:
        return None
    text = _reply_text(oof.reply_body)
    # MailTips has no on/off flag: an empty reply body is how "not away" reads.
    state = OofState(
        enabled=bool(text), start=_aware(oof.start), end=_aware(oof.end), message=text
    )
    return address, state


def _reply_text(reply: str | None) -> str:
    if not reply:
        return ""
    return html_to_text(reply) if "<" in reply and ">" in reply else reply.strip()


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return datetime.fromtimestamp(value.timestamp(), tz=UTC)


def _item_id(item: Any) -> str:
    return getattr(item, "id", None) or ""


def _sort_key(item: Any) -> tuple[datetime, str]:
    received = getattr(item, "datetime_received", None)
    return (_aware(received) or datetime.min.replace(tzinfo=UTC), _item_id(item))


def _already_seen(item: Any, mark: _Watermark | None) -> bool:
    if mark is None or isinstance(item, Exception):
        return False
    received = _aware(getattr(item, "datetime_received", None))
    return received == mark.received and _digest(_item_id(item)) in mark.seen


def _advance(mark: _Watermark | None, batch: list[Any]) -> str | None:
    """The watermark after `batch`: its last received time and the ids seen at it."""
    known = [r for r in batch if not isinstance(r, Exception) and _item_id(r)]
    known = [r for r in known if getattr(r, "datetime_received", None) is not None]
    if not known:
        return mark.dump() if mark else None
    last = max(_aware(r.datetime_received) for r in known)
    seen = {_digest(_item_id(r)) for r in known if _aware(r.datetime_received) == last}
    if mark and mark.received == last:
        seen |= mark.seen
    return _Watermark(last, frozenset(seen)).dump()


def item_to_raw(item: Any, *, mailbox: str | None) -> RawMessage:
    """Convert one exchangelib item to a RawMessage; raise ValueError if unusable."""
    if not _item_id(item) or getattr(item, "datetime_received", None) is None:
        raise ValueError("item has no id or no datetime_received")
    headers = _headers(getattr(item, "headers", None) or [])
    body, is_html = _body(item)
    author = getattr(item, "author", None) or getattr(item, "sender", None)
    sender = (getattr(author, "email_address", None) or "").strip().lower()
    recipients = getattr(item, "to_recipients", None) or []
    references = getattr(item, "references", None) or headers.get("References", "")
    message_id = getattr(item, "message_id", None) or headers.get("Message-ID")
    return RawMessage(
        message_id=(message_id or "").strip() or _synthetic_id(_item_id(item)),
        headers=headers,
        subject=clean_text(getattr(item, "subject", None) or ""),
        body=body,
        body_is_html=is_html,
        sender=sender,
        to=tuple(r.email_address.lower() for r in recipients if r.email_address),
        sent_at=_aware(getattr(item, "datetime_sent", None)),
        in_reply_to=(getattr(item, "in_reply_to", None) or "").strip() or None,
        references=tuple(references.split()),
        item_class=getattr(item, "item_class", None),
        mailbox=mailbox,
    )


def _headers(pairs: list[Any]) -> dict[str, str]:
    headers: dict[str, str] = {}
    for pair in pairs:
        name = (getattr(pair, "name", None) or "").strip()
        if name and name not in headers:
            headers[name] = " ".join(clean_text(pair.value or "").split())
    return headers


def _body(item: Any) -> tuple[str, bool]:
    body = getattr(item, "body", None)
    is_html = isinstance(body, HTMLBody)
    text = getattr(item, "text_body", None)
    if not text:
        text = html_to_text(str(body)) if is_html else str(body or "")
    return clean_text(text).strip(), is_html


def _synthetic_id(item_id: str) -> str:
    # Stable for the item, so a re-read is still recognised by Message-ID.
    return f"<{hashlib.sha256(item_id.encode()).hexdigest()}@ews.cadence-guard.invalid>"
