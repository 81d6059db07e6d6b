"""Database round trips per request, counted (issue #13: a check costs a few).

The app runs in process on SQLite and, when `GUARD_BENCH_DATABASE_URL` or
`GUARD_TEST_DATABASE_URL` names a PostgreSQL server, on a fresh database there too.
SQLAlchemy's engine events count what crosses to the database for each request:
statements, transaction starts (psycopg sends BEGIN on its own) and ends. Counts are
exact, not timed, so they are the same on a busy machine.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session
from standardwebhooks import Webhook

from bench.common import fresh_postgres, write_result
from guard.app import create_app
from guard.auth import create_key
from guard.hooks.signature import new_secret
from guard.migrate import prepare
from guard.settings import Settings
from models import Account, Contact, Integration
from tests.server import TEST_SECRET

CONTACTS = 40
REQUESTS = 30


class Tally:
    """What one request sent to the database; `sent` names each statement."""

    def __init__(self, engine: Engine) -> None:
        self.counts: Counter[str] = Counter()
        self.sent: list[str] = []
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", lambda conn: self.counts.update(["begin"]))
        event.listen(engine, "commit", lambda conn: self.counts.update(["commit"]))
        event.listen(engine, "rollback", lambda conn: self.counts.update(["rollback"]))

    def _statement(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        self.counts["statements"] += 1
        self.sent.append(_named(statement))

    def measure(self, call: Callable[[], Any]) -> dict[str, int]:
        self.counts.clear()
        self.sent.clear()
        call()
        counts = dict(self.counts)
        counts["round_trips"] = sum(self.counts.values())
        return counts


_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE)\s+(\w+)", re.IGNORECASE)


def _named(statement: str) -> str:
    """A statement as its verb and first table: 'SELECT api_keys', 'WITH checks'."""
    verb = statement.lstrip().split(None, 1)[0].upper()
    table = _TABLE.search(statement)
    return f"{verb} {table.group(1) if table else ''}".strip()


def _seed(engine: Engine) -> tuple[str, str]:
    with Session(engine) as db, db.begin():
        account = Account(external_id="rt", name="RT", country="GB", timezone="UTC")
        db.add(account)
        db.flush()
        db.add_all(
            Contact(
                email=f"c{n}@rt.example",
                first_name=f"C{n}",
                account_id=account.id,
                stage="mql",
                persona="technical_evaluator",
                position="evaluator",
                timezone="Europe/London",
                country="GB",
            )
            for n in range(CONTACTS)
        )
        key, crm = create_key(db, role="integration", name="rt-crm")
        secret = new_secret()
        db.add(Integration(name="rt-crm", api_key_id=key.id, secrets=[secret]))
    return crm, secret


def _body(n: int, planned: datetime, **extra: Any) -> dict[str, Any]:
    return {
        "contact": {"email": f"c{n % CONTACTS}@rt.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Warehouse integration guide",
        "body": f"Hi, the integration guide is ready: https://content.example.com/{n}",
        "planned_at": planned.isoformat(),
        **extra,
    }


@contextmanager
def _client(url: str, state: Path) -> Iterator[TestClient]:
    prepare(url)
    settings = Settings(
        env="test", database_url=url, secret_key=TEST_SECRET, state_dir=state
    )
    with TestClient(create_app(settings)) as client:
        yield client


def _routes(client: TestClient) -> dict[str, dict[str, float]]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    crm, secret = _seed(engine)
    tally = Tally(engine)
    planned = (datetime.now(UTC) + timedelta(days=3)).replace(hour=10, minute=0)
    signer = Webhook(secret)
    counter = iter(range(10**6))

    def check(dry_run: bool) -> None:
        body = _body(next(counter), planned, dry_run=dry_run)
        answer = client.post("/v1/checks", json=body, headers=_bearer(crm))
        answer.raise_for_status()

    def hook() -> None:
        n = next(counter)
        raw = json.dumps(_body(n, planned))
        now = datetime.now(UTC)
        headers = {
            **_bearer(crm),
            "content-type": "application/json",
            "webhook-id": f"rt-{n}",
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": signer.sign(f"rt-{n}", now, raw),
        }
        client.post("/v1/hooks/pre-dispatch", content=raw, headers=headers)

    calls = {
        "POST /v1/checks (dry run)": lambda: check(True),
        "POST /v1/checks": lambda: check(False),
        "POST /v1/hooks/pre-dispatch": hook,
    }
    for call in calls.values():  # warm caches: the first call of each loads them
        call()
    return {name: _median(tally, call) for name, call in calls.items()}


def _median(tally: Tally, call: Callable[[], None]) -> dict[str, Any]:
    runs = [tally.measure(call) for _ in range(REQUESTS)]
    keys = sorted({k for run in runs for k in run})
    median: dict[str, Any] = {
        k: statistics.median(run.get(k, 0) for run in runs) for k in keys
    }
    median["last_request_statements"] = list(tally.sent)  # where they come from
    return median


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def main() -> dict[str, object]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with _client(f"sqlite:///{Path(tmp) / 'rt.db'}", Path(tmp)) as client:
            results["sqlite"] = _routes(client)
        server = os.environ.get("GUARD_BENCH_DATABASE_URL") or os.environ.get(
            "GUARD_TEST_DATABASE_URL"
        )
        if server and server.startswith("postgresql"):
            state = Path(tmp) / "pg"
            state.mkdir()
            with _client(fresh_postgres(server, "round_trips"), state) as client:
                results["postgresql"] = _routes(client)
    return write_result("round_trips", {"median_per_request": results})


if __name__ == "__main__":
    main()
