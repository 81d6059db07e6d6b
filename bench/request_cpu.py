"""CPU per request, end to end, in one process: where a check's time goes outside
the decision.

The app runs in this process behind httpx's ASGI transport (no sockets, no uvicorn:
its HTTP parsing is not counted) on a temporary SQLite database seeded like
bench/http_checks.py. Three request kinds are timed with time.process_time (the
whole process, worker threads included), interleaved round by round so a machine's
load skews them alike:

- `checks`: POST /v1/checks (dry run), every call to another of 500 contacts;
- `hook`: the signed pre-dispatch webhook, every call a new webhook-id (a stored check);
- `healthz`: GET /healthz, the floor of the ASGI stack.

`--profile kind` prints a cProfile of that kind instead, with the thread pool run
inline (anyio.to_thread.run_sync awaited on the event loop) so one profile sees every
frame; `--pyinstrument kind` does the same with pyinstrument, if installed.

    PYTHONPATH=. python -m bench.request_cpu [--rounds 20] [--per-round 25]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import os
import pstats
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from standardwebhooks import Webhook

from bench.common import write_result

CONTACTS = 500


def _body(n: int, planned: datetime, *, dry_run: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "contact": {"email": f"c{n % CONTACTS}@bench.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Warehouse integration guide",
        "body": "Hi, the integration guide for your warehouse is ready, with the "
        "security checklist your IT team asked for: "
        f"https://content.example.com/guide {n}",
        "planned_at": planned.isoformat(),
    }
    if dry_run:
        body["dry_run"] = True
    return body


class Requests:
    """The three request kinds, each call a new one (contact, webhook-id)."""

    def __init__(self, key: str, hook_key: str, secret: str) -> None:
        self.key = key
        self.hook_key = hook_key
        self.signer = Webhook(secret)
        self.planned = (datetime.now(UTC) + timedelta(days=3)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        self.n = 0

    def checks(self) -> tuple[str, str, dict[str, str], bytes]:
        self.n += 1
        content = json.dumps(_body(self.n, self.planned, dry_run=True)).encode()
        headers = {
            "authorization": f"Bearer {self.key}",
            "content-type": "application/json",
        }
        return "POST", "/v1/checks", headers, content

    def hook(self) -> tuple[str, str, dict[str, str], bytes]:
        self.n += 1
        content = json.dumps(_body(self.n, self.planned, dry_run=False))
        now = datetime.now(UTC)
        wid = f"bench-{os.getpid()}-{self.n}"
        headers = {
            "authorization": f"Bearer {self.hook_key}",
            "content-type": "application/json",
            "webhook-id": wid,
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": self.signer.sign(wid, now, content),
        }
        return "POST", "/v1/hooks/pre-dispatch", headers, content.encode()

    def healthz(self) -> tuple[str, str, dict[str, str], bytes]:
        return "GET", "/healthz", {}, b""


def _seed(url: str) -> tuple[str, str, str]:
    from bench.http_checks import seed_contacts
    from bench.webhook import make_integration

    key = seed_contacts(url)
    hook_key, secret = make_integration()
    return key, hook_key, secret


@contextmanager
def app_with_keys(tmp: str) -> Iterator[tuple[Any, Requests]]:
    url = f"sqlite:///{Path(tmp) / 'cpu.db'}"
    os.environ.setdefault("GUARD_LOG_FORMAT", "json")
    key, hook_key, secret = _seed(url)
    from guard.app import create_app
    from guard.settings import Settings

    settings = Settings(
        env="test",
        database_url=url,
        secret_key="bench-only-secret-not-for-production",
        state_dir=Path(tmp),
        fallback_budget_seconds=30,
        log_format="json",
    )
    yield create_app(settings), Requests(key, hook_key, secret)


async def send(
    client: httpx.AsyncClient, make: Callable[[], tuple[str, str, dict, bytes]]
) -> None:
    method, path, headers, content = make()
    answer = await client.request(method, path, headers=headers, content=content)
    if answer.status_code != 200:
        raise RuntimeError(f"{path}: {answer.status_code} {answer.text[:300]}")


class DecisionClock:
    """CPU spent inside run_check (the decision, its reads and writes: the other
    helpers' share), so the rest is what HTTP, auth, sessions and logging cost.
    Requests go one at a time, so the process's CPU clock is the request's."""

    def __init__(self) -> None:
        self.spent = 0.0

    @contextmanager
    def installed(self) -> Iterator[None]:
        import guard.checks.service
        import guard.hooks.service

        original = guard.checks.service.run_check

        def timed(**kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return original(**kwargs)
            finally:
                self.spent += time.process_time() - started

        guard.checks.service.run_check = timed
        guard.hooks.service.run_check = timed
        try:
            yield
        finally:
            guard.checks.service.run_check = original
            guard.hooks.service.run_check = original


class ServerClock:
    """CPU spent inside the ASGI app (the server's share; the rest of a request's
    CPU here is httpx building it and reading the answer, which a real client pays)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.spent = 0.0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        started = time.process_time()
        try:
            await self.app(scope, receive, send)
        finally:
            self.spent += time.process_time() - started


async def _cpu_per_request(
    client: httpx.AsyncClient,
    make: Callable[[], Any],
    count: int,
    clocks: tuple[ServerClock, DecisionClock],
) -> tuple[float, float, float]:
    """CPU milliseconds per request over `count` requests sent one after another:
    in all, inside the app, and inside run_check."""
    server, decisions = clocks
    before = (server.spent, decisions.spent)
    started = time.process_time()
    for _ in range(count):
        await send(client, make)
    total = (time.process_time() - started) * 1000 / count
    in_app = (server.spent - before[0]) * 1000 / count
    return total, in_app, (decisions.spent - before[1]) * 1000 / count


@contextmanager
def _inline_threads() -> Iterator[None]:
    """Run the thread pool's work on the event loop: one profile sees all of it."""
    import anyio.to_thread

    original = anyio.to_thread.run_sync

    async def inline(func: Callable[..., Any], *args: Any, **_: Any) -> Any:
        return func(*args)

    anyio.to_thread.run_sync = inline  # type: ignore[assignment]
    try:
        yield
    finally:
        anyio.to_thread.run_sync = original  # type: ignore[assignment]


async def _run(args: argparse.Namespace) -> dict[str, Any]:
    import logging

    with tempfile.TemporaryDirectory() as tmp, app_with_keys(tmp) as (app, requests):
        kinds = {
            kind: getattr(requests, kind)
            for kind in args.kinds.split(",")
            if kind in ("checks", "hook", "healthz")
        }
        # Log lines go to a file, as under a container runtime (not to this terminal).
        sink = open(Path(tmp) / "server.log", "w")  # noqa: SIM115
        for handler in logging.getLogger().handlers:
            if isinstance(handler, logging.StreamHandler):
                handler.setStream(sink)
        server = ServerClock(app)
        transport = httpx.ASGITransport(app=server)
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
        ):
            warming = app.state.warming  # the other languages, in the background
            if warming is not None:
                warming.join()
            for make in kinds.values():  # warm up: first calls build caches
                for _ in range(args.warm_up):
                    await send(client, make)
            profiled = args.profile or args.pyinstrument
            if profiled:
                return await _profiled(client, kinds[profiled], args)
            samples: dict[str, list[tuple[float, float, float]]] = {
                k: [] for k in kinds
            }
            decisions = DecisionClock()
            with decisions.installed():
                for _ in range(args.rounds):
                    for kind, make in kinds.items():
                        samples[kind].append(
                            await _cpu_per_request(
                                client, make, args.per_round, (server, decisions)
                            )
                        )
        sink.close()
    result: dict[str, Any] = {}
    for kind, values in samples.items():
        result[kind] = {
            "cpu_ms_median": median(total for total, _, _ in values),
            "cpu_ms_min": round(min(total for total, _, _ in values), 3),
            "server_ms_median": median(app for _, app, _ in values),
            "server_outside_run_check_ms_median": median(
                app - inside for _, app, inside in values
            ),
            "run_check_ms_median": median(inside for _, _, inside in values),
        }
    result["rounds"] = args.rounds
    result["per_round"] = args.per_round
    return result


def median(values: Any) -> float:
    return round(statistics.median(values), 3)


async def _profiled(
    client: httpx.AsyncClient, make: Callable[[], Any], args: argparse.Namespace
) -> dict[str, Any]:
    count = args.rounds * args.per_round
    with _inline_threads() if args.inline else nullcontext():
        if args.pyinstrument:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005, async_mode="enabled")
            profiler.start()
            for _ in range(count):
                await send(client, make)
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False, show_all=False))
            return {}
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for _ in range(count):
            await send(client, make)
        profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats(args.sort).print_stats(args.lines)
    print(out.getvalue())
    if args.dump:
        stats.dump_stats(args.dump)
    return {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=25)
    parser.add_argument("--warm-up", type=int, default=30)
    parser.add_argument("--kinds", default="checks,hook,healthz")
    parser.add_argument("--profile", choices=("checks", "hook", "healthz"))
    parser.add_argument("--pyinstrument", choices=("checks", "hook", "healthz"))
    parser.add_argument(
        "--threads",
        dest="inline",
        action="store_false",
        help="profile with the thread pool as it is (the profile misses its work)",
    )
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--lines", type=int, default=60)
    parser.add_argument("--dump", help="write the cProfile stats to this file")
    args = parser.parse_args()
    result = asyncio.run(_run(args))
    if result:
        write_result("request_cpu", result)


if __name__ == "__main__":
    main()
