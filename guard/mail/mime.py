"""Parse raw RFC 5322 / MIME bytes (message/rfc822) into a RawMessage."""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from itertools import islice

from guard.mail.source import RawMessage
from models.bounds import check_instant

log = logging.getLogger(__name__)

MAX_MIME_BYTES = 2 * 1024 * 1024  # docs/security.md: MIME uploads above 2 MB answer 413
# Adversarial nesting and part counts cost time, not insight: real replies have few.
_MAX_PARTS = 500
_MAX_DEPTH = 20
_MAX_HEADERS = 300
_MAX_HEADER_CHARS = 8_000
_KNOWN_HEADERS = ("from", "to", "subject", "date", "message-id", "content-type")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")


class MimeError(ValueError):
    """The bytes are not a usable mail message; the text says what is wrong."""

    def __init__(self, message: str, *, internal: bool = False) -> None:
        super().__init__(message)
        # True when the safety net caught an unexpected parser failure (tests
        # assert it never happens; production still gets a clean 4xx).
        self.internal = internal


class MimeTooLarge(MimeError):
    """The message is over the size limit (the API answers 413)."""


def parse_mime(
    data: bytes, *, max_bytes: int = MAX_MIME_BYTES, mailbox: str | None = None
) -> RawMessage:
    """Parse a message; raise MimeError (only) when nothing usable is in it."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise MimeError(f"expected the message as bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > max_bytes:
        raise MimeTooLarge(
            f"message is {len(data)} bytes, over the {max_bytes}-byte limit; "
            "send it without large attachments"
        )
    if not data.strip():
        raise MimeError("message is empty; send the full RFC 5322 message")
    try:
        return _parse(data, mailbox)
    except MimeError:
        raise
    except Exception as e:  # the stdlib parser has many odd corners; never leak them
        log.warning("unexpected MIME parser failure: %r", e, exc_info=True)
        raise MimeError(f"could not parse the message ({e!r})", internal=True) from e


def _parse(data: bytes, mailbox: str | None) -> RawMessage:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    headers = _headers(msg)
    lower = {k.lower() for k in headers}
    if not lower.intersection(_KNOWN_HEADERS):
        raise MimeError(
            "no mail headers found; expected at least one of "
            "From, To, Subject, Date, Message-ID at the start of the message"
        )
    body, is_html = _body(msg)
    get = {k.lower(): v for k, v in reversed(headers.items())}.get
    message_id = _first_msg_id(get("message-id") or "") or _synthetic_id(data)
    reply_to_id = _first_msg_id(get("in-reply-to") or "")
    return RawMessage(
        message_id=message_id,
        headers=headers,
        subject=get("subject") or "",
        body=body,
        body_is_html=is_html,
        sender=next(iter(_addresses(get("from") or get("sender") or "")), ""),
        to=tuple(_addresses(get("to") or "")),
        sent_at=_date(get("date")),
        in_reply_to=reply_to_id,
        references=tuple(_MSG_ID.findall(get("references") or "")),
        item_class=None,
        mailbox=mailbox,
    )


def _headers(msg: Message) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, raw in islice(msg.raw_items(), _MAX_HEADERS):
        name = clean_text(str(name)).strip()
        if name and name not in headers:
            headers[name] = _decode_header(msg, name, raw)[:_MAX_HEADER_CHARS]
    return headers


def _decode_header(msg: Message, name: str, raw: object) -> str:
    """Decoded value of the first `name` header, degrading step by step."""
    try:
        value = str(msg.get(name, ""))
    except Exception:  # policy.default's header parser raises on odd input
        try:
            value = str(make_header(decode_header(str(raw))))
        except Exception:  # unknown charset or broken encoded word
            value = str(raw)
    return " ".join(clean_text(value).split())


def clean_text(text: str) -> str:
    """Repair undecodable bytes (surrogates) and drop NULs PostgreSQL refuses."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text.replace("\x00", "")


def _first_msg_id(value: str) -> str | None:
    found = _MSG_ID.search(value)
    if found:
        return found.group(0)
    value = value.strip()
    return value.split()[0] if value else None


def _synthetic_id(data: bytes) -> str:
    # Stable across retries of the same bytes, so "processed once" still holds.
    return f"<{hashlib.sha256(data).hexdigest()}@synthetic.cadence-guard.invalid>"


def _addresses(value: str) -> list[str]:
    pairs = getaddresses([value])
    return [addr.strip().lower() for _, addr in pairs if "@" in addr]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    # "-0000" means "zone unknown" (RFC 5322 §3.3); UTC is the honest guess.
    parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    try:
        return check_instant(parsed)
    except ValueError:
        return None  # a date outside 1970-2200 is no date we can use


def _body(msg: Message) -> tuple[str, bool]:
    """Text of the first text/plain part, else the first HTML part as text."""
    plain, html, report = None, None, []
    for part, ctype in _parts(msg):
        if ctype in _DSN_TYPES:
            report.append(_status_fields(part))
        elif _is_attachment(part):
            continue
        elif ctype == "text/plain" and plain is None:
            plain = _text(part)
        elif ctype == "text/html" and html is None:
            html = _text(part)
    is_html = plain is None and html is not None
    text = html_to_text(html or "") if is_html else (plain or "")
    return "\n\n".join(p.strip() for p in (text, *report) if p.strip()), is_html


def _parts(msg: Message) -> list[tuple[Message, str]]:
    """Leaf parts and their types in document order, not inside attached messages."""
    found: list[tuple[Message, str]] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack and len(found) < _MAX_PARTS:
        part, depth = stack.pop()
        ctype = part.get_content_type()  # parsed anew on every call: call it once
        # is_multipart() looks at the structure without decoding the payload
        if ctype.startswith("multipart/") and part.is_multipart():
            if depth < _MAX_DEPTH:
                kids = [p for p in part.get_payload() if isinstance(p, Message)]
                stack.extend((p, depth + 1) for p in reversed(kids))
        elif ctype.startswith("message/") and ctype not in _DSN_TYPES:
            continue  # a quoted original (bounce, forward) is not this message's text
        else:
            found.append((part, ctype))
    return found


def _is_attachment(part: Message) -> bool:
    value = str(part.get("content-disposition", "") or "")
    return value.strip().lower().startswith("attachment")


def _text(part: Message) -> str:
    if part.is_multipart():
        return ""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = _charset(part)
    return clean_text(payload.decode(charset, "replace"))


def _charset(part: Message) -> str:
    try:
        name = part.get_content_charset() or "utf-8"
        # Mislabelled ASCII is usually Windows-1252 in mail; decode it as such.
        name = "cp1252" if name in ("us-ascii", "ascii", "iso-8859-1") else name
        return codecs.lookup(name).name
    except (LookupError, ValueError, TypeError, UnicodeError):
        return "utf-8"


def _status_fields(part: Message) -> str:
    """The delivery-status blocks as "Field: value" lines (RFC 3464)."""
    if not part.is_multipart():
        return _text(part)
    blocks = []
    for block in part.get_payload():
        if isinstance(block, Message):
            lines = [
                f"{k}: {_decode_header(block, k, v)}" for k, v in block.raw_items()
            ]
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def html_to_text(html: str) -> str:
    """Readable text of an HTML body (layout-aware, via inscriptis)."""
    from inscriptis import get_text  # imported late: lxml is slow to import

    try:
        return get_text(html).strip()
    except Exception:  # lxml rejects some control characters; fall back to tags off
        log.debug("inscriptis failed; stripping tags instead", exc_info=True)
        return re.sub(r"<[^>]*>", " ", html).strip()
