"""Turn Graph's JSON (messages, automatic-reply settings, MailTips) into plain types."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from exchangelib.winzone import MS_TIMEZONE_TO_IANA_MAP

from guard.mail.ews_items import reply_text
from guard.mail.mime import clean_text, html_to_text
from guard.mail.source import OofState, RawMessage

log = logging.getLogger(__name__)
_MSG_ID = re.compile(r"<[^<>\s]+>")


def message_to_raw(
    item: dict[str, Any], headers: dict[str, str], *, mailbox: str
) -> RawMessage:
    """A delta item plus its internet headers as a RawMessage (ValueError: unusable)."""
    if not item.get("id"):
        raise ValueError("message has no id")
    get = {k.lower(): v for k, v in reversed(headers.items())}.get
    body = item.get("body") or {}
    is_html = str(body.get("contentType", "")).lower() == "html"
    content = str(body.get("content") or "")
    text = html_to_text(content) if is_html else content
    message_id = item.get("internetMessageId") or get("message-id") or ""
    reply_to = _first_id(get("in-reply-to") or "")
    return RawMessage(
        message_id=message_id.strip() or _synthetic_id(item["id"]),
        headers=headers,
        subject=clean_text(item.get("subject") or get("subject") or ""),
        body=clean_text(text).strip(),
        body_is_html=is_html,
        sender=_address(item.get("from") or item.get("sender")),
        to=tuple(filter(None, map(_address, item.get("toRecipients") or []))),
        sent_at=parse_time(item.get("sentDateTime") or item.get("receivedDateTime")),
        in_reply_to=reply_to,
        references=tuple(_MSG_ID.findall(get("references") or "")),
        mailbox=mailbox,
    )


def header_dict(pairs: list[dict[str, Any]]) -> dict[str, str]:
    """internetMessageHeaders ([{name, value}]) as a dict; the first value wins."""
    headers: dict[str, str] = {}
    for pair in pairs:
        name = str(pair.get("name") or "").strip()
        if name and name not in headers:
            headers[name] = " ".join(clean_text(str(pair.get("value") or "")).split())
    return headers


def oof_from_setting(setting: dict[str, Any]) -> OofState:
    """mailboxSettings/automaticRepliesSetting as an OofState."""
    status = str(setting.get("status", "disabled"))
    scheduled = status == "scheduled"
    message = setting.get("externalReplyMessage") or setting.get("internalReplyMessage")
    return OofState(
        enabled=status in ("alwaysEnabled", "scheduled"),
        start=zoned(setting.get("scheduledStartDateTime")) if scheduled else None,
        end=zoned(setting.get("scheduledEndDateTime")) if scheduled else None,
        message=reply_text(message),
    )


def tip_state(tip: dict[str, Any]) -> tuple[str, OofState] | None:
    """(address, OofState) from one getMailTips answer, None if it says nothing."""
    address = _address(tip)
    replies = tip.get("automaticReplies")
    if not address or not isinstance(replies, dict) or tip.get("error"):
        return None
    text = reply_text(replies.get("message"))
    return address, OofState(
        enabled=bool(text),
        start=zoned(replies.get("scheduledStartTime")),
        end=zoned(replies.get("scheduledEndTime")),
        message=text,
    )


def parse_time(value: object) -> datetime | None:
    """Graph's ISO instants ("2026-12-07T10:00:00Z") as aware UTC datetimes."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def zoned(value: object) -> datetime | None:
    """A dateTimeTimeZone ({dateTime, timeZone}) as an aware UTC datetime.

    Graph names zones the Windows way ("W. Europe Standard Time") or as IANA names.
    """
    if not isinstance(value, dict):
        return None
    local = parse_time(str(value.get("dateTime") or "").split(".")[0])
    if local is None:
        return None
    name = str(value.get("timeZone") or "UTC")
    try:
        zone = ZoneInfo(MS_TIMEZONE_TO_IANA_MAP.get(name, name))
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("unknown time zone %r in Graph settings; read as UTC", name)
        zone = ZoneInfo("UTC")
    return local.replace(tzinfo=zone).astimezone(UTC)


def _address(value: object) -> str:
    if not isinstance(value, dict):
        return ""
    inner = value.get("emailAddress")
    return str((inner or {}).get("address") or "").strip().lower()


def _first_id(value: str) -> str | None:
    found = _MSG_ID.search(value)
    return found.group(0) if found else (value.strip() or None)


def _synthetic_id(graph_id: str) -> str:
    # Stable for the item, so a re-read is still recognised by Message-ID.
    return (
        f"<{hashlib.sha256(graph_id.encode()).hexdigest()}@graph.cadence-guard.invalid>"
    )
