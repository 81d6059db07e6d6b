"""POST /v1/hooks/pre-dispatch: the CRM asks before every send."""

from __future__ import annotations

import asyncio
import logging
import time

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from guard.auth import bearer_token
from guard.checks.schemas import CheckIn, CheckOut
from guard.errors import GuardError
from guard.hooks.service import AnsweredMeanwhile, decide_hook, fallback
from guard.responses import PROBLEMS

log = logging.getLogger("guard.hooks")
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
    responses=PROBLEMS,
    openapi_extra=_BODY,
)
async def pre_dispatch(request: Request) -> CheckOut:
    """A /v1/checks for CRMs: integration key plus a Standard Webhooks signature;
    `webhook-id` makes retries idempotent. When the guard cannot decide within the
    budget, the integration's fail-open or fail-closed answer comes back instead."""
    state = request.app.state
    raw_key = bearer_token(request)
    body = await request.body()
    headers = dict(request.headers)
    budget = state.settings.fallback_budget_seconds
    deadline = time.monotonic() + budget
    work = run_in_threadpool(decide_hook, state, raw_key, body, headers, deadline)
    try:
        return await asyncio.wait_for(work, timeout=budget)
    except (TimeoutError, AnsweredMeanwhile):
        return fallback(state, raw_key, "no answer within the time budget")
    except (GuardError, RequestValidationError):
        raise  # the caller's mistake: a 4xx tells them what to fix
    except SQLAlchemyError as exc:
        return fallback(state, raw_key, f"database unavailable: {type(exc).__name__}")
    except Exception as exc:  # an internal error must not stop the CRM's send queue
        log.exception("pre-dispatch failed")
        return fallback(state, raw_key, f"internal error: {type(exc).__name__}")
