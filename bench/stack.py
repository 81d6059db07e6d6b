"""`make stack-test`: the production stack on this machine, loaded and broken.

PgBouncer (transaction pooling) in front of the local PostgreSQL and a database made
for the run, nginx in front of two `guard serve` processes, two `guard worker`
processes, a CRM callback receiver; all on loopback, stopped at the end whatever
happens. 64 connections drive mixed traffic for STACK_SECONDS (60): checks, signed
pre-dispatch hook calls (some retried under the same webhook-id), touches reported
for allowed checks, inbound replies, blocked sends and the managers' decisions on
them. Midway one API process is killed with SIGKILL and started again.

Then, from the database and the receiver: no contact and no account got more sends
than the policy allows, every decided review's event reached the receiver under one
webhook-id (the docs promise at-least-once with a stable webhook-id: a re-delivery
under the same id is counted, a second id for one decision is a failure), and no
answer was a 500. Prints throughput and p50/p99 per route; writes
bench/results/stack.json.

Environment: STACK_SECONDS, STACK_CONNECTIONS (64), GUARD_STACK_PG (the PostgreSQL
server, default postgresql+psycopg://postgres@127.0.0.1:5432/postgres),
GUARD_STACK_DATABASE (the database created and dropped; default guard_stack_<pid>),
GUARD_STACK_KEEP_LOGS=1 keeps the processes' logs.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import signal
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool
from standardwebhooks import Webhook

from bench.common import percentile, write_result
from bench.stack_procs import (
    Stack,
    free_port,
    fresh_database,
    missing_binaries,
    stack,
)
from guard.auth import create_key
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from models import Integration
from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from tests.reviews.callback import Callback, callback_server

SECONDS = float(os.environ.get("STACK_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("STACK_CONNECTIONS", "64"))
ACCOUNTS = 60  # few enough that the account caps are reached
PER_ACCOUNT = 5
BLOCKED = 40  # contacts in onboarding: every pitch to them is blocked for review
REPLIERS = 40  # contacts whose replies come in (kept apart from the capped ones)
# The default pack (rules/default.yaml): cadence.contact and cadence.account.
CONTACT_MAX_PER_7_DAYS = 3
ACCOUNT_MAX_CONTACTS_PER_DAY = 3
ACCOUNT_MAX_PER_7_DAYS = 10
PITCH = (
    "Hi {name},\n\nJust bumping this to the top of your inbox. Any thoughts on "
    "upgrading to our Enterprise plan?\n\nBest,\nSam"
)
VALUE = (
    "Hi {name},\n\nThe integration guide for your data warehouse is ready: it shows "
    "how Acme's team connected us to Snowflake in one afternoon, with the security "
    "review checklist your IT team asked about.\n\n"
    "https://content.example.com/warehouse-guide\n\nBest,\nSam"
)
# One message per contact of an account (c0..c4), unlike each other: cadence.duplicate
# stays quiet and the account's contacts-per-day cap is what stops the fourth.
VALUES = [
    VALUE,
    "Hi {name},\n\nOur reference architecture whitepaper covers deployment, single "
    "sign-on and disaster recovery in the detail architects ask for before they sign "
    "off.\n\nhttps://content.example.com/reference-architecture\n\nRegards,\nSam",
    "Hello {name},\n\nA short case study: a logistics firm cut its month-end close "
    "from nine days to four after moving reporting onto our platform; the numbers "
    "and their rollout plan are inside.\n\nhttps://content.example.com/case-study\n\n"
    "Cheers,\nSam",
    "Dear {name},\n\nWe are hosting a ninety-minute workshop on data governance "
    "for finance teams next month, with two customers presenting their audit "
    "playbooks. Seats are limited.\n\nhttps://content.example.com/workshop\n\nSam",
    "Hi {name},\n\nPricing questions came up in several evaluations this quarter, "
    "so we wrote a plain comparison of the three plans with the limits of each and "
    "what upgrading changes.\n\nhttps://content.example.com/plans\n\nThanks,\nSam",
]
REPLIES = [
    "Thanks, this looks useful. Could we talk next Tuesday afternoon?",
    "Please remove me from your mailing list.",
    "I am out of the office until next Monday with limited access to email.",
    "Not interested at the moment, maybe next quarter.",
]


@dataclass
class Keys:
    integration: dict[str, str]
    admin: dict[str, str]
    hook_key: str
    hook_secret: str


@dataclass
class Load:
    """What the traffic did: per-route latencies and statuses, what is pending."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(
        default_factory=lambda: defaultdict(Counter)
    )
    transport_errors: Counter[str] = field(default_factory=Counter)
    allowed: list[tuple[str, str]] = field(default_factory=list)  # to report sent
    reviews: list[int] = field(default_factory=list)  # pending review ids
    hooks_sent: list[tuple[str, bytes]] = field(default_factory=list)
    # Hook calls answered in the caller's fail mode (no decision within the budget).
    fallbacks: int = 0
    decided: set[int] = field(default_factory=set)
    counter: itertools.count[int] = field(default_factory=itertools.count)


def _seed(url: str, callback_url: str) -> Keys:
    engine = create_engine(url, poolclass=NullPool)
    with Session(engine) as db, db.begin():
        key, integration = create_key(db, role="integration", name="crm")
        _, admin = create_key(db, role="admin", name="ops")
        secret = new_secret()
        db.add(
            Integration(
                name="crm",
                api_key_id=key.id,
                secrets=[secret],
                callback_url=callback_url,
            )
        )
    engine.dispose()
    return Keys(
        {"Authorization": f"Bearer {integration}"},
        {"Authorization": f"Bearer {admin}"},
        integration,
        secret,
    )


def _contact(email: str, account: str, **extra: Any) -> dict[str, Any]:
    return {
        "external_id": f"crm-{email}",
        "email": email,
        "first_name": email.split("@")[0].capitalize(),
        "account": account,
        "persona": "technical_evaluator",
        "position": "champion",
        "stage": "mql",
        "timezone": "Europe/Berlin",
        "country": "DE",
        **extra,
    }


def _world(base: str, keys: Keys) -> tuple[list[str], list[str], list[str]]:
    """Accounts and contacts through the API: capped, blocked and replying ones."""
    capped, blocked, repliers = [], [], []
    contacts: list[dict[str, Any]] = []
    with httpx.Client(base_url=base, headers=keys.integration, timeout=60) as crm:
        for a in range(ACCOUNTS + 2):
            name = f"a{a}" if a < ACCOUNTS else ("onb", "rep")[a - ACCOUNTS]
            body = {"name": name, "domain": f"{name}.example", "country": "DE"}
            answer = crm.put(f"/v1/accounts/{name}", json=body)
            assert answer.status_code in (200, 201), answer.text
        for a in range(ACCOUNTS):
            for c in range(PER_ACCOUNT):
                capped.append(f"c{c}@a{a}.example")
                contacts.append(_contact(capped[-1], f"a{a}"))
        for n in range(BLOCKED):
            blocked.append(f"o{n}@onb.example")
            contacts.append(_contact(blocked[-1], "onb", stage="customer_onboarding"))
        for n in range(REPLIERS):
            repliers.append(f"r{n}@rep.example")
            contacts.append(_contact(repliers[-1], "rep"))
        for start in range(0, len(contacts), 1000):
            answer = crm.post(
                "/v1/contacts:bulk", json={"contacts": contacts[start : start + 1000]}
            )
            assert answer.status_code == 200, answer.text
        # The seller in a team: a blocked send of theirs goes to the team's queue.
        answer = crm.put("/v1/senders/sam@seller.example", json={"team": "alpha"})
        assert answer.status_code in (200, 201), answer.text
    return capped, blocked, repliers


def _slot() -> datetime:
    """10:00 on the next business day in Berlin: no quiet-hours noise."""
    cal = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())
    day = cal.add_days(cal.local_date(datetime.now(UTC)), 1)
    return cal.open_on(day) + timedelta(hours=2)


def _check(email: str, slot: datetime, body: str = "") -> dict[str, Any]:
    if not body:  # c<n>@...: the account's n-th contact gets the n-th message
        body = VALUES[int(email[1]) % len(VALUES)] if email[1].isdigit() else VALUE
    return {
        "contact": {"email": email},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Warehouse integration guide",
        "body": body.format(name=email.split("@")[0].capitalize()),
        "planned_at": slot.isoformat(),
    }


class Driver:
    def __init__(
        self, http: httpx.AsyncClient, keys: Keys, world: tuple, slot: datetime
    ) -> None:
        self.http, self.keys, self.slot = http, keys, slot
        self.capped, self.blocked, self.repliers = world
        self.load = Load()
        self.rng = random.Random(7)

    async def call(
        self, route: str, method: str, path: str, **kw: Any
    ) -> httpx.Response | None:
        start = time.perf_counter()
        try:
            answer = await self.http.request(method, path, **kw)
        except httpx.HTTPError as exc:
            self.load.transport_errors[f"{route}: {type(exc).__name__}"] += 1
            return None
        self.load.latencies[route].append((time.perf_counter() - start) * 1000)
        self.load.statuses[route][answer.status_code] += 1
        return answer

    async def check(self) -> None:
        email = self.rng.choice(self.capped)
        answer = await self.call(
            "POST /v1/checks",
            "POST",
            "/v1/checks",
            json=_check(email, self.slot),
            headers=self.keys.integration,
        )
        self._note(answer, email)

    def _note(self, answer: httpx.Response | None, email: str) -> None:
        if answer is not None and answer.status_code == 200:
            decision = answer.json()
            if decision["verdict"] in ("allow", "warn") and decision.get("check_id"):
                self.load.allowed.append((decision["check_id"], email))

    async def hook(self) -> None:
        retry = self.load.hooks_sent and self.rng.random() < 0.1
        if retry:  # the CRM retries one it never heard back from: same id and body
            msg_id, body = self.rng.choice(self.load.hooks_sent)
            email = ""
        else:
            msg_id = f"msg_stack_{next(self.load.counter)}"
            email = self.rng.choice(self.capped)
            body = json.dumps(_check(email, self.slot)).encode()
            self.load.hooks_sent.append((msg_id, body))
        at = datetime.now(UTC)
        headers = {
            "Authorization": f"Bearer {self.keys.hook_key}",
            "Content-Type": "application/json",
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": Webhook(self.keys.hook_secret).sign(
                msg_id, at, body.decode()
            ),
        }
        answer = await self.call(
            "POST /v1/hooks/pre-dispatch",
            "POST",
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=headers,
        )
        if answer is not None and answer.status_code == 200:
            rules = {f["rule"] for f in answer.json().get("findings", [])}
            self.load.fallbacks += "guard.unavailable" in rules
        if not retry:
            self._note(answer, email)

    async def touch(self) -> None:
        if not self.load.allowed:
            return await self.check()
        check_id, email = self.load.allowed.pop(0)
        body = {
            "external_id": f"sent-{check_id}",
            "check_id": check_id,
            "contact": {"email": email},
            "sender": {"email": "sam@seller.example"},
            "channel": "email",
            "subject": "Warehouse integration guide",
            "body": _check(email, self.slot)["body"],
            "sent_at": self.slot.isoformat(),
        }
        await self.call(
            "POST /v1/touches",
            "POST",
            "/v1/touches",
            json=body,
            headers=self.keys.integration,
        )
        return None

    async def inbound(self) -> None:
        n = next(self.load.counter)
        email = self.rng.choice(self.repliers)
        body = {
            "message_id": f"<reply-{n}@rep.example>",
            "from": email,
            "to": "sam@seller.example",
            "subject": "Re: Warehouse integration guide",
            "body": self.rng.choice(REPLIES),
        }
        await self.call(
            "POST /v1/inbound",
            "POST",
            "/v1/inbound",
            json=body,
            headers=self.keys.integration,
        )

    async def blocked_send(self) -> None:
        email = self.rng.choice(self.blocked)
        payload = _check(email, self.slot, body=PITCH)
        payload["subject"] = "Quick question about your plan"
        answer = await self.call(
            "POST /v1/checks",
            "POST",
            "/v1/checks",
            json=payload,
            headers=self.keys.integration,
        )
        if answer is not None and answer.status_code == 200:
            review = answer.json().get("review_id")
            if review:
                self.load.reviews.append(review)

    async def decide(self) -> None:
        if not self.load.reviews:
            return await self.blocked_send()
        review = self.load.reviews.pop(0)
        verb = self.rng.choice(["approve", "reject"])
        answer = await self.call(
            f"POST /v1/reviews/{{id}}/{verb}",
            "POST",
            f"/v1/reviews/{review}/{verb}",
            json={"reason": "stack test decision"},
            headers=self.keys.admin,
        )
        if answer is not None and answer.status_code == 200:
            self.load.decided.add(review)
        return None

    async def cadence(self) -> None:
        email = self.rng.choice(self.capped)
        await self.call(
            "GET /v1/contacts/{email}/cadence",
            "GET",
            f"/v1/contacts/{email}/cadence",
            headers=self.keys.integration,
        )

    async def run(self, until: float) -> None:
        ops = [
            (self.check, 35),
            (self.hook, 20),
            (self.touch, 10),
            (self.inbound, 10),
            (self.blocked_send, 8),
            (self.decide, 7),
            (self.cadence, 10),
        ]
        funcs = [f for f, _ in ops]
        weights = [w for _, w in ops]

        async def lane() -> None:
            while time.monotonic() < until:
                await self.rng.choices(funcs, weights)[0]()

        await asyncio.gather(*(lane() for _ in range(CONNECTIONS)))


def _kill_and_restart(
    running: Stack, name: str, url: str, port: int, env: dict[str, str], out: dict
) -> None:
    running.kill(name)
    running.procs.pop(name)
    killed = time.monotonic()
    running.serve(name, url, port, env)
    out["api_restart_seconds"] = round(time.monotonic() - killed, 2)


async def _drive(base: str, keys: Keys, world: tuple, on_half: Any) -> Load:
    limits = httpx.Limits(
        max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS
    )
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as http:
        driver = Driver(http, keys, world, _slot())
        start = time.monotonic()
        timer = threading.Timer(SECONDS / 2, on_half)
        timer.start()
        try:
            await driver.run(start + SECONDS)
        finally:
            # The restart finishes (or fails) before anything is counted or stopped.
            await asyncio.to_thread(timer.join)
        driver.load.latencies["_elapsed"] = [time.monotonic() - start]
        return driver.load


async def _graceful(
    running: Stack, name: str, base: str, keys: Keys, world: tuple
) -> dict[str, Any]:
    """SIGTERM to an API process with requests in flight: every one is answered.

    The connections are opened (and accepted) first, so every request reaches the
    server before the signal; the checks are for one contact, so they queue on its row
    lock and are still in flight when it comes, however fast the machine.
    """
    contact = world[0][0]
    one_each = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [
        httpx.AsyncClient(base_url=base, timeout=30, limits=one_each) for _ in range(32)
    ]
    try:
        # A connection each, opened and accepted: the checks below reuse them.
        await asyncio.gather(*(http.get("/healthz") for http in clients))

        async def one(http: httpx.AsyncClient) -> int | str:
            try:
                answer = await http.post(
                    "/v1/checks",
                    json=_check(contact, _slot()),
                    headers=keys.integration,
                )
            except httpx.HTTPError as exc:
                return type(exc).__name__
            return answer.status_code

        calls = [asyncio.create_task(one(http)) for http in clients]
        await asyncio.sleep(0.2)
        in_flight = sum(not call.done() for call in calls)
        proc = running.procs[name]
        os.killpg(proc.pid, signal.SIGTERM)
        stopping = time.monotonic()
        codes = await asyncio.gather(*calls)
        code = await asyncio.to_thread(proc.wait, 30)
        running.procs.pop(name)
    finally:
        await asyncio.gather(*(http.aclose() for http in clients))
    return {
        "requests": len(codes),
        "in_flight_at_sigterm": in_flight,
        "answered_200": sum(c == 200 for c in codes),
        "not_answered": dict(Counter(str(c) for c in codes if c != 200)),
        "exit_code": code,
        "stopped_in_seconds": round(time.monotonic() - stopping, 2),
    }


def _over_cap(url: str) -> dict[str, int]:
    """Sends beyond the policy's caps, counted from the touches recorded."""
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        per_contact = conn.execute(
            text("SELECT contact_id, count(*) FROM touches GROUP BY contact_id")
        ).all()
        # Every send is planned in one slot: one day, one 7-day window.
        per_account = conn.execute(
            text(
                "SELECT account_id, count(DISTINCT contact_id), count(*) FROM touches "
                "WHERE account_id IS NOT NULL GROUP BY account_id"
            )
        ).all()
        touches = conn.scalar(text("SELECT count(*) FROM touches"))
        confirmed = conn.scalar(
            text("SELECT count(*) FROM touches WHERE external_id LIKE 'sent-%'")
        )
        checks = conn.scalar(text("SELECT count(*) FROM checks"))
    engine.dispose()
    return {
        "touches": touches,
        "touches_confirmed_by_crm": confirmed,
        "checks_stored": checks,
        "contacts_touched": len(per_contact),
        "contacts_over_cap": sum(n > CONTACT_MAX_PER_7_DAYS for _, n in per_contact),
        # All sends are planned in one slot: the 2-business-day gap allows one each.
        "contacts_touched_twice": sum(n > 1 for _, n in per_contact),
        "accounts_at_contacts_per_day_cap": sum(
            c == ACCOUNT_MAX_CONTACTS_PER_DAY for _, c, _ in per_account
        ),
        "accounts_over_contacts_per_day": sum(
            c > ACCOUNT_MAX_CONTACTS_PER_DAY for _, c, _ in per_account
        ),
        "accounts_over_7_days": sum(
            n > ACCOUNT_MAX_PER_7_DAYS for _, _, n in per_account
        ),
    }


GROWING = ("checks", "findings", "touches", "inbound_messages", "review_items")


def _row_bytes(url: str) -> dict[str, dict[str, int]]:
    """Rows and on-disk bytes per row (heap, TOAST and indexes) of the tables that
    grow with traffic: the figures docs/scaling.md multiplies."""
    engine = create_engine(url, poolclass=NullPool)
    out = {}
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        for table in GROWING:
            rows = conn.scalar(text(f"SELECT count(*) FROM {table}"))
            total = conn.scalar(text(f"SELECT pg_total_relation_size('{table}')"))
            data = conn.scalar(
                text(f"SELECT coalesce(avg(pg_column_size(t.*)), 0) FROM {table} t")
            )
            out[table] = {
                "rows": rows,
                "row_bytes": round(data),
                "bytes_per_row_with_indexes": round(total / rows) if rows else 0,
            }
    engine.dispose()
    return out


def _decisions(url: str) -> dict[int, str]:
    engine = create_engine(url, poolclass=NullPool)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, status FROM review_items "
                "WHERE status IN ('approved', 'rejected', 'edited', 'expired')"
            )
        ).all()
    engine.dispose()
    return dict(rows)


def _wait_delivered(url: str, crm: Callback, seconds: float) -> dict[int, set[str]]:
    """Review id -> the webhook-ids it arrived under, once every decision arrived (or
    the wait ran out)."""
    deadline = time.monotonic() + seconds
    while True:
        decided = _decisions(url)
        by_review: dict[int, set[str]] = defaultdict(set)
        for headers, body in list(crm.received):
            by_review[json.loads(body)["data"]["review_id"]].add(headers["webhook-id"])
        if set(decided) <= set(by_review) or time.monotonic() > deadline:
            return by_review
        time.sleep(0.5)


def _routes(load: Load, elapsed: float) -> dict[str, dict[str, Any]]:
    out = {}
    for route, samples in sorted(load.latencies.items()):
        if route.startswith("_"):
            continue
        out[route] = {
            "requests": len(samples),
            "per_second": round(len(samples) / elapsed, 1),
            "p50_ms": round(percentile(samples, 50), 1),
            "p99_ms": round(percentile(samples, 99), 1),
            "statuses": {str(k): v for k, v in sorted(load.statuses[route].items())},
        }
    return out


def main() -> int:
    if missing := missing_binaries():
        print(f"missing {missing}: run `bash scripts/system-deps.sh stack`")
        return 2
    server = os.environ.get(
        "GUARD_STACK_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    )
    name = os.environ.get("GUARD_STACK_DATABASE", f"guard_stack_{os.getpid()}")
    began = time.monotonic()
    load_before = os.getloadavg()[0]
    api_env = {
        "GUARD_DATABASE_POOLING": "transaction",
        "GUARD_ALLOW_PRIVATE_CALLBACKS": "true",
        "GUARD_LOG_LEVEL": "WARNING",
    }
    worker_env = {
        **api_env,
        "GUARD_WORKER_INTERVAL_SECONDS": "0.5",
        "GUARD_OUTBOX_TIMEOUT_SECONDS": "2",
        "GUARD_OUTBOX_LEASE_SECONDS": "10",
    }
    events: dict[str, Any] = {}
    with (
        fresh_database(server, name) as direct,
        callback_server() as crm,
        stack() as running,
    ):
        prepare(direct)
        keys = _seed(direct, crm.url)
        bouncer = running.pgbouncer(direct, pool_size=20)
        ports = [free_port(), free_port()]
        for n, port in enumerate(ports, 1):
            running.serve(f"api{n}", bouncer, port, api_env)
        base = running.nginx(ports)
        for n in (1, 2):
            running.worker(f"worker{n}", bouncer, worker_env)
        world = _world(base, keys)
        set_up = time.monotonic() - began

        def on_half() -> None:
            events["api_killed_at_second"] = round(SECONDS / 2, 1)
            _kill_and_restart(running, "api1", bouncer, ports[0], api_env, events)

        load = asyncio.run(_drive(base, keys, world, on_half))
        events["graceful_shutdown"] = asyncio.run(
            _graceful(running, "api2", f"http://127.0.0.1:{ports[1]}", keys, world)
        )
        elapsed = load.latencies["_elapsed"][0]
        drain_start = time.monotonic()
        delivered = _wait_delivered(direct, crm, 45)
        events["callbacks_drained_seconds"] = round(time.monotonic() - drain_start, 1)
        caps = _over_cap(direct)
        sizes = _row_bytes(direct)
        decided = _decisions(direct)
        ids = Counter(headers["webhook-id"] for headers, _ in crm.received)
    lost = sorted(set(decided) - set(delivered))
    doubled = sorted(r for r, msg_ids in delivered.items() if len(msg_ids) > 1)
    total = sum(len(v) for k, v in load.latencies.items() if not k.startswith("_"))
    statuses = sum((c for c in load.statuses.values()), Counter())
    result = {
        "seconds": round(elapsed, 1),
        "connections": CONNECTIONS,
        "set_up_seconds": round(set_up, 1),
        "wall_seconds": round(time.monotonic() - began, 1),
        # The machine's 1-minute load average before and after: the 2 cores are
        # shared with whatever else runs, and the figures move with it.
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
        "requests": total,
        "requests_per_second": round(total / elapsed, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "transport_errors": dict(load.transport_errors),
        "hook_fallback_answers": load.fallbacks,
        "routes": _routes(load, elapsed),
        "caps": caps,
        "callbacks": {
            "decisions": len(decided),
            "decided_by_this_run_answered": len(load.decided),
            "delivered_reviews": len(delivered),
            "lost": len(lost),
            "doubled": len(doubled),
            "redelivered_same_id": sum(n - 1 for n in ids.values()),
        },
        "tables": sizes,
        **events,
    }
    write_result("stack", result)
    _print(result)
    failures = _failures(result)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _failures(result: dict[str, Any]) -> list[str]:
    caps, calls = result["caps"], result["callbacks"]
    failures = [
        f"{key}: {caps[key]}"
        for key in (
            "contacts_over_cap",
            "contacts_touched_twice",
            "accounts_over_contacts_per_day",
            "accounts_over_7_days",
        )
        if caps[key]
    ]
    if calls["lost"] or calls["doubled"]:
        failures.append(f"callbacks lost {calls['lost']}, doubled {calls['doubled']}")
    if not calls["decisions"]:
        failures.append("no review was decided: the callbacks were not exercised")
    if not caps["touches"]:
        failures.append("no send was allowed: the caps were not exercised")
    if result["statuses"].get("500"):
        failures.append(f"{result['statuses']['500']} answers were 500")
    drained = result["graceful_shutdown"]
    # uvicorn re-raises the SIGTERM it caught once it has drained: -15 is a clean stop.
    clean = drained["exit_code"] in (0, -signal.SIGTERM)
    if drained["answered_200"] != drained["requests"] or not clean:
        failures.append(f"SIGTERM did not drain the requests in flight: {drained}")
    if "api_restart_seconds" not in result:
        failures.append("the killed API process did not come back")
    return failures


def _print(result: dict[str, Any]) -> None:
    print(
        f"\n{result['requests']} requests in {result['seconds']} s at "
        f"{result['connections']} connections: {result['requests_per_second']}/s"
    )
    print(f"{'route':44} {'req/s':>7} {'p50 ms':>8} {'p99 ms':>8}  statuses")
    for route, row in result["routes"].items():
        print(
            f"{route:44} {row['per_second']:>7} {row['p50_ms']:>8} "
            f"{row['p99_ms']:>8}  {row['statuses']}"
        )
    print(f"caps: {result['caps']}")
    print(f"callbacks: {result['callbacks']}")
    print(f"SIGTERM with requests in flight: {result['graceful_shutdown']}")


if __name__ == "__main__":
    sys.exit(main())
