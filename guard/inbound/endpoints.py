"""/v1/inbound: replies forwarded by a CRM or a mail gateway (MIME or JSON)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from fastapi import APIRouter, Request
from pydantic import ValidationError

from guard.auth import Integration
from guard.db import DbSession
from guard.errors import InvalidInput, PayloadTooLarge
from guard.inbound.schemas import InboundJson, InboundOut
from guard.inbound.service import ingest
from guard.mail.mime import MimeError, MimeTooLarge, parse_mime
from guard.mail.source import RawMessage
from guard.responses import PROBLEMS
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute, write

router = APIRouter(prefix="/v1", tags=["inbound"], route_class=UnitOfWorkRoute)

_BODY_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "message/rfc822": {"schema": {"type": "string", "format": "binary"}},
            "application/json": {
                "schema": InboundJson.model_json_schema(by_alias=True)
            },
        },
    }
}


@router.post(
    "/inbound", response_model=InboundOut, responses=PROBLEMS, openapi_extra=_BODY_DOC
)
async def post_inbound(
    request: Request, db: DbSession, caller: Integration
) -> InboundOut:
    """Classify a reply (out-of-office, bounce, human…); update what the guard knows."""
    raw = await _read(request)
    settings = state_of(request).settings
    work = partial(
        ingest,
        db,
        raw,
        source="api",
        default_absence_days=settings.default_absence_days,
        now=datetime.now(UTC),
    )
    return await write(db, work)


async def _read(request: Request) -> RawMessage:
    data = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "message/rfc822":
        try:
            return parse_mime(data, max_bytes=state_of(request).settings.max_mime_bytes)
        except MimeTooLarge as exc:
            raise PayloadTooLarge(str(exc)) from exc
        except MimeError as exc:
            raise InvalidInput(
                f"not a readable MIME message: {exc}", field="body"
            ) from exc
    if kind != "application/json":
        raise InvalidInput(
            "send message/rfc822 or application/json", field="header.content-type"
        )
    try:
        payload = InboundJson.model_validate_json(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in ("body", *first["loc"]))
        raise InvalidInput(first["msg"], field=where) from exc
    return to_raw(payload)


def to_raw(p: InboundJson) -> RawMessage:
    to = [p.to] if isinstance(p.to, str) else list(p.to or [])
    return RawMessage(
        message_id=p.message_id,
        headers=p.headers,
        subject=p.subject,
        body=p.body,
        body_is_html=False,
        sender=str(p.from_).lower(),
        to=tuple(str(t).lower() for t in to),
        sent_at=p.sent_at,
        in_reply_to=p.in_reply_to,
    )
