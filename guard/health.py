"""Liveness and readiness probes."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from guard.analysis.text.pipeline import ready as pipelines_ready
from guard.state import state_of

router = APIRouter(tags=["health"])
log = logging.getLogger("guard.health")


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up. Async on purpose: it needs no worker thread and no
    database, so it answers while every thread is busy."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    """The database answers, the policy is loaded and so is every language pipeline
    and model."""
    try:
        engine = state_of(request).engine.execution_options(sqlite_begin="DEFERRED")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:  # any driver error means "not ready", whatever its class
        # The driver's text names the host, port and user: logged, never answered.
        log.warning("readiness check failed", exc_info=True)
        return JSONResponse(
            {"status": "unavailable", "detail": "database unavailable"},
            status_code=503,
        )
    if not pipelines_ready():
        # Still building language pipelines: a check now could wait seconds for one.
        return JSONResponse(
            {"status": "starting", "detail": "loading language pipelines and models"},
            status_code=503,
        )
    return JSONResponse(
        {"status": "ok", "pack_revision": state_of(request).policy.revision}
    )
