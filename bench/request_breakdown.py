"""Where a request's server CPU goes outside run_check, stage by stage.

bench/request_cpu.py says how much a check costs outside the decision; this says
where: each stage below is wrapped in a CPU timer (time.process_time, the whole
process, so the worker thread's share counts) and reported per request, inclusive of
what it calls. Requests go one at a time through the app in this process (no
sockets), as in request_cpu. A stage's wrapper costs about a microsecond; the
figures are for comparing stages, not for quoting as the request's total.

    PYTHONPATH=. python -m bench.request_breakdown [--kind checks] [--rounds 8]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import inspect
import logging
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.request_cpu import ServerClock, app_with_keys, send

Spent = dict[str, float]


def _timed(spent: Spent, label: str, func: Callable[..., Any]) -> Callable[..., Any]:
    if inspect.iscoroutinefunction(func):

        @functools.wraps(func)
        async def waited(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return await func(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

        return waited

    @functools.wraps(func)
    def called(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[label] = spent.get(label, 0.0) + time.process_time() - started

    return called


def _stages() -> list[tuple[str, Any, str]]:
    """(label, owner, attribute): each replaced by a timed wrapper where it is
    looked up at call time."""
    import fastapi.dependencies.utils as dependencies
    import fastapi.routing as routing
    from sqlalchemy.orm import Session

    import guard.checks.service as checks
    import guard.hooks.endpoints as hook_endpoint
    import guard.hooks.service as hooks
    import guard.unit_of_work as unit_of_work
    from guard.observability.requests import RequestLog

    return [
        ("fastapi: solve_dependencies", routing, "solve_dependencies"),
        ("  body validation", dependencies, "request_body_to_args"),
        ("  generator dependencies (session)", dependencies, "_solve_generator"),
        ("fastapi: serialize_response", routing, "serialize_response"),
        ("fastapi: run_endpoint_function", routing, "run_endpoint_function"),
        ("unit of work (in_turn)", unit_of_work, "in_turn"),
        ("hook: decide_hook", hook_endpoint, "decide_hook"),
        ("  hook: key and signature", hooks, "_verified_caller"),
        ("  hook: body parse", hooks, "_parse"),
        ("  hook: live_policy", hooks, "live_policy"),
        ("run_check", checks, "run_check"),
        ("run_check (hook)", hooks, "run_check"),
        ("session.connection (BEGIN)", Session, "connection"),
        ("session.commit", Session, "commit"),
        ("session.close", Session, "close"),
        ("request log and metrics", RequestLog, "_done"),
    ]


def _install(spent: Spent) -> None:
    for label, owner, name in _stages():
        setattr(owner, name, _timed(spent, label, getattr(owner, name)))
    import starlette.concurrency

    import guard.hooks.endpoints
    import guard.unit_of_work

    hop = _timed(spent, "thread pool call", starlette.concurrency.run_in_threadpool)
    for module in (starlette.concurrency, guard.unit_of_work, guard.hooks.endpoints):
        module.run_in_threadpool = hop  # type: ignore[attr-defined]


async def _run(args: argparse.Namespace) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp, app_with_keys(tmp) as (app, requests):
        sink = open(Path(tmp) / "server.log", "w")  # noqa: SIM115
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(sink)
        server = ServerClock(app)
        transport = httpx.ASGITransport(app=server)
        make = getattr(requests, args.kind)
        rounds: list[Spent] = []
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
        ):
            if app.state.warming is not None:
                app.state.warming.join()
            for _ in range(args.warm_up):
                await send(client, make)
            spent: Spent = {}
            _install(spent)
            for _ in range(args.rounds):
                spent.clear()
                before = server.spent
                for _ in range(args.per_round):
                    await send(client, make)
                spent["server (whole app)"] = server.spent - before
                rounds.append(dict(spent))
        sink.close()
    labels = {label for one in rounds for label in one}
    return {
        label: round(
            statistics.median(r.get(label, 0.0) for r in rounds)
            * 1000
            / args.per_round,
            3,
        )
        for label in labels
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    kinds = ("checks", "hook", "healthz")
    parser.add_argument("--kind", choices=kinds, default="checks")
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--per-round", type=int, default=25)
    parser.add_argument("--warm-up", type=int, default=50)
    args = parser.parse_args()
    result = asyncio.run(_run(args))
    order = ["server (whole app)", "thread pool call"]
    order += [label for label, _, _ in _stages()]
    for label in order:
        if label in result:
            print(f"{label:40s} {result[label]:7.3f} ms")


if __name__ == "__main__":
    main()
