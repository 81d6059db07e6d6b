"""Microsoft Graph mail source (Exchange Online): a delta query on each rep's Inbox.

The watermark is Graph's own link: an `@odata.nextLink` while a round of changes is
being paged through, then the `@odata.deltaLink` that the next pass resumes from. Both
are stored only after the page they end was committed (guard/inbound/mail_sync.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from guard.mail.graph_client import GraphClient, GraphGone, GraphNotFound
from guard.mail.graph_items import (
    header_dict,
    message_to_raw,
    oof_from_setting,
    parse_time,
    tip_state,
)
from guard.mail.mime import MimeError, parse_mime
from guard.mail.source import FetchBatch, MailSourceError, OofState, RawMessage

log = logging.getLogger(__name__)

# What the inbound parser reads; delta returns no internet headers (fetched per item).
_SELECT = (
    "subject,from,sender,toRecipients,sentDateTime,receivedDateTime,"
    "internetMessageId,body"
)


class GraphSource:
    """One rep's mailbox over Graph; see MailSource."""

    def __init__(
        self,
        client: GraphClient,
        mailbox: str,
        *,
        window_days: int = 14,
        now: Callable[[], datetime] | None = None,
        tip_domains: list[str] | None = None,
    ) -> None:
        self.client = client
        self.mailbox = mailbox.lower()
        self.name = f"graph:{self.mailbox}"
        self.window_days = window_days
        self.tip_domains = [d.lower() for d in tip_domains or []]
        self._now = now or (lambda: datetime.now(UTC))

    @property
    def user_path(self) -> str:
        return f"users/{quote(self.mailbox)}"

    def fetch_since(self, watermark: str | None, *, limit: int) -> FetchBatch:
        """One page of changes after `watermark` (a Graph next or delta link)."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        headers = {
            "Prefer": f'odata.maxpagesize={limit}, outlook.body-content-type="text"'
        }
        try:
            page = self.client.get_json(watermark or self._first_url(), headers=headers)
        except GraphGone:
            log.warning("%s: delta link expired; reading the last %d days again",
                        self.name, self.window_days)  # fmt: skip
            page = self.client.get_json(self._first_url(), headers=headers)
        items = [i for i in page.get("value", []) if "@removed" not in i]
        messages = [m for m in map(self._convert, items) if m is not None]
        next_link = page.get("@odata.nextLink")
        mark = next_link or page.get("@odata.deltaLink")
        if not mark:
            raise MailSourceError(f"{self.name}: Graph answered a page with no link")
        return FetchBatch(
            messages=messages,
            watermark=mark,
            skipped=len(items) - len(messages),
            has_more=bool(next_link),
        )

    def _first_url(self) -> str:
        since = self._now() - timedelta(days=self.window_days)
        return (
            f"{self.user_path}/mailFolders/inbox/messages/delta"
            f"?$select={_SELECT}&$filter=receivedDateTime+ge+{_iso(since)}"
        )

    def _convert(self, item: dict[str, Any]) -> RawMessage | None:
        try:
            return self._with_headers(item)
        except (MailSourceError, MimeError, ValueError, TypeError) as e:
            log.warning("%s: skipping message %s: %s", self.name, item.get("id"), e)
            return None

    def _with_headers(self, item: dict[str, Any]) -> RawMessage:
        """Headers from internetMessageHeaders, else from the raw MIME ($value)."""
        path = f"{self.user_path}/messages/{quote(item['id'], safe='')}"
        found = self.client.get_json(f"{path}?$select=internetMessageHeaders")
        pairs = found.get("internetMessageHeaders") or []
        if pairs:
            return message_to_raw(item, header_dict(pairs), mailbox=self.mailbox)
        mime = self.client.request("GET", f"{path}/$value").content
        return parse_mime(mime, mailbox=self.mailbox)

    def oof_state(self, email: str) -> OofState | None:
        """A mailbox's automatic-reply settings (mailboxSettings)."""
        url = f"users/{quote(email.lower())}/mailboxSettings/automaticRepliesSetting"
        try:
            return oof_from_setting(self.client.get_json(url))
        except MailSourceError as e:
            log.warning("%s: %s", self.name, e)
            return None

    def mail_tips(self, emails: list[str]) -> dict[str, OofState]:
        """Automatic replies of recipients inside the tenant or federated partners.

        Graph cannot see a cold external prospect's automatic reply and answers as if
        there were none; such addresses are not asked and stay missing ("unknown").
        """
        inside = [e for e in emails if _domain(e) in self.tip_domains]
        if not inside:
            return {}
        body = {"EmailAddresses": inside, "MailTipsOptions": "automaticReplies"}
        try:
            answer = self.client.request(
                "POST", f"{self.user_path}/getMailTips", json=body
            ).json()
        except (MailSourceError, ValueError) as e:
            log.warning("%s: %s", self.name, e)
            return {}
        return dict(filter(None, (tip_state(t) for t in answer.get("value", []))))


def _domain(email: str) -> str:
    return email.rpartition("@")[2].lower()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GraphSubscriptions:
    """Change-notification subscriptions on the reps' Inboxes (one app for all)."""

    def __init__(self, client: GraphClient) -> None:
        self.client = client

    def create(
        self, mailbox: str, *, url: str, client_state: str, expires: datetime
    ) -> tuple[str, datetime]:
        """A new subscription on `mailbox`'s Inbox: (its id, when it expires)."""
        body = {
            "changeType": "created",
            "notificationUrl": url,
            "lifecycleNotificationUrl": url,
            "resource": f"users/{mailbox}/mailFolders('inbox')/messages",
            "expirationDateTime": _iso(expires),
            "clientState": client_state,
        }
        made = self.client.request("POST", "subscriptions", json=body).json()
        return str(made["id"]), _expiry(made, expires)

    def renew(self, subscription_id: str, *, expires: datetime) -> datetime | None:
        """The new expiry, or None when Graph no longer knows the subscription."""
        body = {"expirationDateTime": _iso(expires)}
        try:
            renewed = self.client.request(
                "PATCH", f"subscriptions/{quote(subscription_id)}", json=body
            ).json()
        except GraphNotFound:
            return None
        return _expiry(renewed, expires)


def _expiry(answer: dict[str, Any], asked: datetime) -> datetime:
    # Graph may shorten what was asked for; keep its word.
    return parse_time(answer.get("expirationDateTime")) or asked
