"""What metrics and request logs cost per request, in CPU time (docs/operations.md).

CPU time, not wall time: on a shared 2-core machine the wall clock measures the
neighbours. Two figures, each in multiprocess mode (files, as under `guard serve`):
the request middleware (request id, one JSON log line, two metric updates) around a
trivial ASGI app, and the metric updates one check makes (a decision, a finding, four
phase observations).
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import tempfile
import time
from typing import Any

RUNS = 20_000


async def _trivial(scope: dict, receive: Any, send: Any) -> None:
    scope["route"] = type("Route", (), {"path": "/v1/checks"})
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"{}"})


async def _receive() -> dict:
    return {"type": "http.request", "body": b""}


async def _send(_: dict) -> None:
    return None


def _scope() -> dict:
    headers = [(b"x-request-id", b"bench-1")]
    return {"type": "http", "method": "POST", "headers": headers, "root_path": ""}


def _per_call_us(app: Any) -> float:
    async def loop() -> float:
        started = time.process_time()
        for _ in range(RUNS):
            await app(_scope(), _receive, _send)
        return (time.process_time() - started) / RUNS * 1e6

    return asyncio.run(loop())


def main() -> None:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="bench-metrics-")
    from bench.common import write_result
    from guard.observability import logs, metrics
    from guard.observability.requests import RequestLog

    logs.configure("INFO", "json")
    sink = logging.getLogger().handlers[-1]
    sink.setStream(io.StringIO())  # type: ignore[attr-defined]  (the line is built and written)
    bare = _per_call_us(_trivial)
    wrapped = _per_call_us(RequestLog(_trivial))
    started = time.process_time()
    for _ in range(RUNS):
        metrics.count_decision(
            "warn",
            [("persona.use_case_missing", "warn")],
            caller="sdr",
            sender="human",
            dry_run=False,
        )
        metrics.observe_phases(0.0004, 0.0003, 0.0001)
        metrics._WRITE.observe(0.001)
    check_us = (time.process_time() - started) / RUNS * 1e6
    write_result(
        "observability",
        {
            "request_middleware_us": round(wrapped - bare, 1),
            "check_metrics_us": round(check_us, 1),
            "runs": RUNS,
        },
    )


if __name__ == "__main__":
    main()
