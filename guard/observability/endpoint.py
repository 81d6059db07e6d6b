"""GET /metrics: Prometheus text for an admin key or a `metrics` key."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from guard.auth import MetricsReader
from guard.observability.scrape import CONTENT_TYPE, render
from guard.responses import PROBLEMS
from guard.state import state_of

router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    response_class=Response,
    responses={200: {"content": {CONTENT_TYPE: {}}}, **PROBLEMS},
)
def metrics(request: Request, caller: MetricsReader) -> Response:
    """Counters of every server and worker process on this host, and gauges read
    from the database (callback backlog, review queue), in Prometheus text format."""
    state = state_of(request)
    body = render(state.read_sessionmaker, lambda: state.policy.revision)
    return Response(body, media_type=CONTENT_TYPE)
