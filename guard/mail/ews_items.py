"""Turn exchangelib items and MailTips into the mail layer's plain types."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from typing import Any

from exchangelib import HTMLBody

from guard.mail.mime import clean_text, html_to_text
from guard.mail.source import OofState, RawMessage

_MSG_ID = re.compile(r"<[^<>\s]+>")


def item_to_raw(item: Any, *, mailbox: str | None) -> RawMessage:
    """Convert one exchangelib item to a RawMessage; raise ValueError if unusable."""
    if not item_id(item) or received(item) is None:
        raise ValueError("item has no id or no datetime_received")
    headers = _headers(getattr(item, "headers", None) or [])
    body, is_html = _body(item)
    author = getattr(item, "author", None) or getattr(item, "sender", None)
    sender = (getattr(author, "email_address", None) or "").strip().lower()
    recipients = getattr(item, "to_recipients", None) or []
    references = getattr(item, "references", None) or headers.get("References", "")
    message_id = getattr(item, "message_id", None) or headers.get("Message-ID")
    return RawMessage(
        message_id=(message_id or "").strip() or _synthetic_id(item_id(item)),
        headers=headers,
        subject=clean_text(getattr(item, "subject", None) or ""),
        body=body,
        body_is_html=is_html,
        sender=sender,
        to=tuple(r.email_address.lower() for r in recipients if r.email_address),
        sent_at=aware(getattr(item, "datetime_sent", None)),
        in_reply_to=(getattr(item, "in_reply_to", None) or "").strip() or None,
        references=tuple(_MSG_ID.findall(references) or references.split()),
        item_class=getattr(item, "item_class", None),
        mailbox=mailbox,
    )


def item_id(item: Any) -> str:
    return getattr(item, "id", None) or ""


def received(item: Any) -> datetime | None:
    return aware(getattr(item, "datetime_received", None))


def aware(value: datetime | None) -> datetime | None:
    """A plain aware UTC datetime (not EWSDateTime) for the layers above."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return datetime.fromtimestamp(value.timestamp(), tz=UTC)


def tip_state(tip: Any) -> tuple[str, OofState] | None:
    """(address, OofState) from one MailTips answer, or None if it says nothing."""
    if isinstance(tip, Exception) or tip.recipient_address is None:
        return None
    address = (tip.recipient_address.email_address or "").lower()
    oof = tip.out_of_office
    if not address or oof is None:
        return None
    text = reply_text(oof.reply_body)
    # MailTips has no on/off flag: an empty reply body is how "not away" reads.
    state = OofState(
        enabled=bool(text), start=aware(oof.start), end=aware(oof.end), message=text
    )
    return address, state


def reply_text(reply: str | None) -> str:
    """OOF replies are stored as HTML by Outlook and as text by other clients."""
    if not reply:
        return ""
    return html_to_text(reply) if "<" in reply and ">" in reply else reply.strip()


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


def _synthetic_id(ews_id: str) -> str:
    # Stable for the item, so a re-read is still recognised by Message-ID.
    return f"<{hashlib.sha256(ews_id.encode()).hexdigest()}@ews.cadence-guard.invalid>"
