"""Exchange Web Services mail source (exchangelib), no autodiscover, bounded retries."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import requests
from exchangelib import (
    DELEGATE,
    IMPERSONATION,
    NTLM,
    Account,
    Build,
    Configuration,
    EWSDateTime,
    FaultTolerance,
    Version,
)
from exchangelib.errors import (
    ErrorInternalServerTransientError,
    EWSError,
    MalformedResponseError,
    RateLimitError,
)
from exchangelib.properties import Mailbox, SendingAs
from exchangelib.services import GetMailTips
from exchangelib.version import EXCHANGE_2013

from guard.mail.ews_auth import credentials
from guard.mail.ews_items import (
    aware,
    item_id,
    item_to_raw,
    received,
    reply_text,
    tip_state,
)
from guard.mail.ews_sync import PREFIX as SYNC_PREFIX
from guard.mail.ews_sync import is_sync_mark, sync_page, within
from guard.mail.source import FetchBatch, MailSourceError, OofState, RawMessage
from guard.mail.watermark import Watermark, advance

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
    auth_type: Literal["NTLM", "basic", "OAuth2"] = NTLM
    # OAuth2 client credentials (username: client id, password: client secret)
    token_url: str | None = None
    oauth_scope: str = "https://outlook.office365.com/.default"
    access_type: Literal["delegate", "impersonation"] = DELEGATE
    build: tuple[int, int] = (15, 1)  # Exchange 2016; set it so nothing probes
    # A poll may spend at most this long waiting out throttling and outages;
    # the worker has other mailboxes to serve (docs/analysis.md).
    max_wait: float = 10.0
    retry_wait: float = 1.0  # first back-off when the server names none; doubles
    request_timeout: float = 30.0  # one HTTP request; EWS answers in < 1 s when well
    # SyncFolderItems with the server's sync state (recommended); False: the older
    # reader that queries the Inbox by received time.
    sync_folder_items: bool = False
    window_days: int = 14  # a first sync delivers only what arrived this recently


class BoundedRetry(FaultTolerance):
    """FaultTolerance with one budget per call instead of per back-off.

    exchangelib checks max_wait against each single back-off, and takes the
    server's BackOffMilliseconds as given, so a server that keeps asking for
    short waits would stall a caller forever. Here the sleeps of one call
    (`with policy.budget(max_wait):`) add up to at most max_wait.
    """

    def __init__(self, max_wait: float) -> None:
        super().__init__(max_wait=max_wait)
        self._local = threading.local()  # protocols are shared across threads

    @contextmanager
    def budget(self, max_wait: float) -> Iterator[None]:
        """Bound the back-off sleeps of the calls made inside, in this thread."""
        self._local.limit = max_wait
        self._local.deadline = time.monotonic() + max_wait
        try:
            yield
        finally:
            self._local.deadline = None

    def back_off(self, seconds: float | None) -> None:
        seconds = self.DEFAULT_BACKOFF if seconds is None else seconds
        deadline = getattr(self._local, "deadline", None)
        if deadline is not None and time.monotonic() + seconds > deadline:
            raise RateLimitError(
                f"still failing; more waiting would pass max_wait={self._local.limit}s",
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


class ExchangeSource:
    """Polls one mailbox's Inbox over EWS; see MailSource."""

    def __init__(self, settings: ExchangeSettings) -> None:
        self.settings = settings
        self.mailbox = settings.mailbox.lower()
        self.name = f"ews:{self.mailbox}"
        self._policy = BoundedRetry(max_wait=settings.max_wait)
        self._account = self._connect()

    def _connect(self) -> Account:
        s = self.settings
        creds, auth_type = credentials(s)
        config = Configuration(
            service_endpoint=s.service_endpoint,
            credentials=creds,
            auth_type=auth_type,
            version=Version(build=Build(*s.build)),
            retry_policy=self._policy,
        )
        account = Account(
            primary_smtp_address=s.mailbox,
            config=config,
            autodiscover=False,
            access_type=IMPERSONATION if s.access_type == IMPERSONATION else DELEGATE,
        )
        protocol = account.protocol
        # exchangelib caches one Protocol per (endpoint, credentials), so sources
        # of one service account share it: share one BoundedRetry too (budgets
        # are per thread and per call); timeouts are the last source's.
        if isinstance(protocol.config.retry_policy, BoundedRetry):
            self._policy = protocol.config.retry_policy
        else:
            protocol.config.retry_policy = self._policy
        protocol.TIMEOUT = s.request_timeout
        protocol.RETRY_WAIT = s.retry_wait
        return account

    @contextmanager
    def _calling(self, what: str) -> Iterator[None]:
        """Run one server call within the retry budget; name what failed."""
        started = time.monotonic()
        try:
            with self._policy.budget(self.settings.max_wait):
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
        if self.settings.sync_folder_items:
            return self._fetch_synced(watermark, limit)
        mark = Watermark.load(watermark)
        # Ask for the seen ones too: they come first, so `limit` new ones follow.
        wanted = limit + (len(mark.seen) if mark else 0)
        with self._calling("fetching new items"):
            rows = self._query(mark, wanted)
        fresh = [r for r in rows if not _seen(mark, r)]
        batch = fresh[:limit]
        messages = [m for m in map(self._convert, batch) if m is not None]
        known = [
            (received(r), item_id(r)) for r in batch if not isinstance(r, Exception)
        ]
        return FetchBatch(
            messages=messages,
            watermark=advance(mark, [(t, i) for t, i in known if t is not None and i]),
            skipped=len(batch) - len(messages),
            has_more=len(rows) == wanted or len(fresh) > limit,
        )

    def _fetch_synced(self, watermark: str | None, limit: int) -> FetchBatch:
        """One SyncFolderItems page; during a first sync, only items in the window."""
        since, state = self._sync_start(watermark)
        with self._calling("syncing the Inbox"):
            page = sync_page(self._account, state, limit=limit)
            wanted = within(page.items, since)
            fields = self._fields()
            rows = (
                list(self._account.fetch(ids=wanted, only_fields=fields))
                if wanted
                else []
            )
        messages = [m for m in map(self._convert, rows) if m is not None]
        # The window is kept in the mark until the first sync has walked the Inbox.
        keep = "" if page.done or since is None else since.isoformat()
        return FetchBatch(
            messages=messages,
            watermark=f"{SYNC_PREFIX}{keep}|{page.state}",
            skipped=len(rows) - len(messages),
            has_more=not page.done,
        )

    def _sync_start(self, watermark: str | None) -> tuple[datetime | None, str | None]:
        """(deliver items received since, sync state) from a stored mark."""
        if is_sync_mark(watermark):
            since, _, state = watermark.removeprefix(SYNC_PREFIX).partition("|")
            return (datetime.fromisoformat(since) if since else None), state or None
        # A mark of the received-time reader: go on from its time; none: the window.
        old = Watermark.load(watermark)
        if old is not None:
            return old.received, None
        return datetime.now(UTC) - timedelta(days=self.settings.window_days), None

    def _fields(self) -> list[str]:
        fields = list(_FIELDS)
        if self._account.version.build >= EXCHANGE_2013:
            fields.append("text_body")  # the server's own HTML-to-text rendering
        return fields

    def _query(self, mark: Watermark | None, count: int) -> list[Any]:
        inbox = self._account.inbox  # two GetFolder calls, once per source
        if mark is None:
            query = inbox.all()
        else:
            since = EWSDateTime.from_datetime(mark.received.astimezone(UTC))
            query = inbox.filter(datetime_received__gte=since)
        rows = list(query.only(*self._fields()).order_by("datetime_received")[:count])
        # Server order within one received second is arbitrary; make it stable.
        return sorted(rows, key=_sort_key)

    def _convert(self, item: Any) -> RawMessage | None:
        if isinstance(item, Exception):
            log.warning(
                "%s: skipping an item the server cannot read: %s", self.name, item
            )
            return None
        try:
            return item_to_raw(item, mailbox=self.settings.mailbox.lower())
        except (ValueError, TypeError, AttributeError) as e:
            log.warning(
                "%s: skipping malformed item %s: %r", self.name, item_id(item), e
            )
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
            )
        try:
            with self._calling(f"reading OOF settings of {email}"):
                settings = account.oof_settings
        except MailSourceError as e:
            log.warning("%s", e)
            return None
        if settings is None:
            return None
        return OofState(
            enabled=settings.state != "Disabled",
            start=aware(settings.start) if settings.state == "Scheduled" else None,
            end=aware(settings.end) if settings.state == "Scheduled" else None,
            message=reply_text(settings.external_reply or settings.internal_reply),
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
            log.warning("%s", e)
            return {}
        return dict(filter(None, (tip_state(t) for t in tips)))


def _sort_key(item: Any) -> tuple[datetime, str]:
    if isinstance(item, Exception):  # unreadable: after the rest, never in a mark
        return datetime.max.replace(tzinfo=UTC), ""
    return received(item) or datetime.min.replace(tzinfo=UTC), item_id(item)


def _seen(mark: Watermark | None, item: Any) -> bool:
    if mark is None or isinstance(item, Exception):
        return False
    return mark.has_seen(received(item), item_id(item))
