"""Liveness and readiness probes."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up. Async on purpose: it needs no worker thread and no
    database, so it answers while every thread is busy."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    """The database answers and the policy is loaded."""
    try:
        engine = request.app.state.engine.execution_options(sqlite_begin="DEFERRED")
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any driver error means "not ready", whatever its class
        return JSONResponse(
            {"status": "unavailable", "detail": str(exc)[:200]}, status_code=503
        )
    return JSONResponse(
        {"status": "ok", "pack_revision": request.app.state.policy.revision}
    )
