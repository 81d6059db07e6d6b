"""POST /v1/hooks/pre-dispatch: the CRM asks before every send."""

from __future__ import annotations

import asyncio
import time

from fastapi import APIRouter, Request
from sqlalchemy.exc import (
    DataError,
    DBAPIError,
    InterfaceError,
    OperationalError,
)
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.concurrency import run_in_threadpool

from guard.auth import bearer_token
from guard.checks.schemas import CheckIn, CheckOut
from guard.errors import InvalidInput
from guard.hooks.service import AnsweredMeanwhile, decide_hook, fallback
from guard.responses import also
from guard.state import state_of

router = APIRouter(prefix="/v1", tags=["hooks"])
_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": CheckIn.model_json_schema()}},
    },
    "parameters": [
        {"name": h, "in": "header", "required": True, "schema": {"type": "string"}}
        for h in ("webhook-id", "webhook-timestamp", "webhook-signature")
    ],
}


@router.post(
    "/hooks/pre-dispatch",
    response_model=CheckOut,
    responses=also(503, "No caller can be verified: no database since start"),
    openapi_extra=_BODY,
)
async def pre_dispatch(request: Request) -> CheckOut:
    """A /v1/checks for CRMs: integration key plus a Standard Webhooks signature;
    `webhook-id` makes retries idempotent. When the guard cannot decide within the
    budget, or its database is unreachable, the integration's fail-open or fail-closed
    answer comes back instead (only to a caller whose key and signature check out)."""
    state = state_of(request)
    raw_key = bearer_token(request)
    body = await request.body()
    headers = dict(request.headers)
    budget = state.settings.fallback_budget_seconds
    deadline = time.monotonic() + budget
    work = run_in_threadpool(decide_hook, state, raw_key, body, headers, deadline)
    try:
        return await asyncio.wait_for(work, timeout=budget)
    except (TimeoutError, AnsweredMeanwhile):
        reason, code = "no answer within the time budget", "timeout"
    except DataError as exc:
        # The database refused a value (PostgreSQL: a NUL byte in a text): bad input.
        raise InvalidInput(
            "A value in this send cannot be stored; check it for control characters "
            "and out-of-range numbers or dates.",
            field="body",
        ) from exc
    except Exception as exc:
        if not unreachable(exc):
            raise  # a bug or a caller's mistake: a problem+json, never a silent allow
        reason = f"database unavailable: {type(exc).__name__}"
        code = "database_unavailable"
    return fallback(state, raw_key, body, headers, reason, code=code)


def unreachable(exc: BaseException) -> bool:
    """The database could not be reached or did not answer in time (a fault of the
    surroundings, which the integration's fail mode is for), as opposed to a bug."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError | PoolTimeout)
