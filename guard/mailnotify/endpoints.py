"""POST /v1/mail/graph/notifications: the URL Graph calls when a rep's Inbox changes.

No API key: Graph cannot send one. The validation handshake is answered at once; a
notification counts only with our clientState (derived from GUARD_SECRET_KEY).
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from functools import partial

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy.orm import Session

from guard.db import write_session
from guard.errors import Forbidden, InvalidInput
from guard.mailnotify import service
from guard.responses import PROBLEMS
from guard.state import state_of
from guard.unit_of_work import write

router = APIRouter(prefix="/v1/mail/graph", tags=["mail"])
log = logging.getLogger("guard.mail.notify")


@router.post(
    "/notifications",
    status_code=202,
    responses={**PROBLEMS, 200: {"content": {"text/plain": {}}}},
    response_model=None,
)
async def notifications(request: Request) -> Response:
    """Graph's change and lifecycle notifications for the reps' Inboxes.

    With `?validationToken=…` (Graph checking the URL) the token is echoed as plain
    text. Otherwise each notification with our clientState queues a read of its
    mailbox (202); a batch with none is refused (403).
    """
    token = request.query_params.get("validationToken")
    if token is not None:
        return PlainTextResponse(token[:1024])
    notes = _notes(await request.body())
    secret = state_of(request).settings.secret_key
    ours = [n for n in notes if service.state_matches(n.get("clientState"), secret)]
    if len(ours) < len(notes):
        log.warning("ignored %d notification(s) with a wrong clientState",
                    len(notes) - len(ours))  # fmt: skip
    if notes and not ours:
        raise Forbidden("clientState does not match this guard's subscriptions")
    if ours:
        # A thread, not the event loop: a handshake must not wait behind this write.
        db = write_session(state_of(request))
        await write(db, partial(_queue, db, ours))
    return Response(status_code=202)


def _queue(db: Session, notes: list[dict]) -> None:
    """One short transaction: only rows are written, nothing is fetched."""
    now = datetime.now(UTC)
    for note in notes:
        service.handle(db, note, now=now)


def _notes(body: bytes) -> list[dict]:
    try:
        data = json.loads(body or b"{}")
    except ValueError:
        raise InvalidInput(
            'the body is not JSON; Graph sends {"value": [...]}', field="body"
        ) from None
    value = data.get("value") if isinstance(data, dict) else None
    if not isinstance(value, list):
        raise InvalidInput('expected {"value": [notification, ...]}', field="body")
    return [n for n in value if isinstance(n, dict)]
