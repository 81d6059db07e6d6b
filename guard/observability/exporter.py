"""GET /metrics on a port of its own (GUARD_METRICS_PORT), without a key.

Served by the `guard serve` process itself, in a thread: with several workers it is
uvicorn's supervisor, which answers no API request, so a scrape never waits behind
checks. Bind it (GUARD_METRICS_HOST, default 127.0.0.1) where only Prometheus reaches.
"""

from __future__ import annotations

import logging

from prometheus_client import start_http_server

from guard.db import make_engine, make_sessionmaker
from guard.observability.scrape import Scrape
from guard.policy import Policy
from guard.settings import Settings

log = logging.getLogger("guard.metrics")


def serve_metrics(settings: Settings, policy: Policy) -> None:
    assert settings.metrics_port is not None
    sessions = make_sessionmaker(make_engine(settings), read_only=True)
    scrape = Scrape(sessions, lambda: policy.revision)
    start_http_server(settings.metrics_port, settings.metrics_host, registry=scrape)
    log.info(
        "metrics on http://%s:%s/metrics", settings.metrics_host, settings.metrics_port
    )
