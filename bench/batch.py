"""10,000 planned sends through POST /v1/checks:batch in 10 requests.

One uvicorn worker on SQLite, 10,000 contacts in buying groups of five; each request
carries 1,000 sends to distinct contacts, so every item is a full check that records
its decision. Budget: all 10,000 in <= 5 s.

Each body names its contact, so no two texts are alike and each is analysed. With
`--template` every send carries one unmerged sequence step instead (the batch then
reads the text once) and the result is `batch_template`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

from bench.common import percentile, write_result
from guard.auth import create_key
from guard.cli.session import session_scope
from guard.migrate import prepare
from models import Account, Contact
from tests.server import running_server

CONTACTS = 10_000
PER_REQUEST = 1_000
BODY = (
    "Hi {name}, the integration guide for your warehouse is ready, with the security "
    "checklist your IT team asked for: https://content.example.com/guide/{n}"
)
TEMPLATE = (
    "Hi there, the integration guide for your warehouse is ready, with the security "
    "checklist your IT team asked for: https://content.example.com/guide"
)


def _seed(url: str) -> str:
    os.environ["GUARD_DATABASE_URL"] = url
    prepare(url)
    with session_scope() as db:
        accounts = [
            Account(external_id=f"b{n}", name=f"B{n}", country="GB", timezone="UTC")
            for n in range(CONTACTS // 5)
        ]
        db.add_all(accounts)
        db.flush()
        db.add_all(
            Contact(
                email=f"c{n}@bench.example",
                first_name=f"C{n}",
                account_id=accounts[n // 5].id,
                stage="mql",
                persona="technical_evaluator",
                position="evaluator",
                timezone="Europe/London",
                country="GB",
            )
            for n in range(CONTACTS)
        )
        _, raw = create_key(db, role="integration", name="bench-batch")
    return raw


def _items(
    start: int, planned: datetime, body: str = BODY, **extra: Any
) -> list[dict[str, Any]]:
    return [
        {
            "contact": {"email": f"c{n}@bench.example"},
            "sender": {"email": "sam@seller.example"},
            "channel": "email",
            "subject": "Warehouse integration guide",
            "body": body.format(name=f"C{n}", n=n),
            "planned_at": planned.isoformat(),
            **extra,
        }
        for n in range(start, start + PER_REQUEST)
    ]


def _run(base: str, key: str, planned: datetime, body: str) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {key}"}
    bodies = [
        {"items": _items(start, planned, body)}
        for start in range(0, CONTACTS, PER_REQUEST)
    ]
    took, verdicts = [], Counter()
    with httpx.Client(base_url=base, headers=headers, timeout=60) as http:
        # Warm-up: dry runs record nothing, so the measured sends start clean.
        http.post("/v1/checks:batch", json={"items": _items(0, planned, dry_run=True)})
        started = time.perf_counter()
        for body in bodies:
            t0 = time.perf_counter()
            answer = http.post("/v1/checks:batch", json=body)
            took.append((time.perf_counter() - t0) * 1000)
            answer.raise_for_status()
            verdicts.update(
                i["result"]["verdict"] if i["result"] else "error"
                for i in answer.json()["items"]
            )
        total = time.perf_counter() - started
    return {"total_s": round(total, 3), "request_ms": took, "verdicts": verdicts}


def main(template: bool = False) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        key = _seed(url)
        planned = (datetime.now(UTC) + timedelta(days=3)).replace(hour=10, minute=0)
        with running_server(url, workers=1) as base:
            run = _run(base, key, planned, TEMPLATE if template else BODY)
    took = run["request_ms"]
    return write_result(
        "batch_template" if template else "batch",
        {
            "bodies": "one template" if template else "one per contact",
            "workers": 1,
            "database": "sqlite",
            "sends": CONTACTS,
            "requests": len(took),
            "total_s": run["total_s"],
            "per_second": round(CONTACTS / run["total_s"], 1),
            "request_ms": {
                "p50": round(percentile(took, 50), 1),
                "max": round(max(took), 1),
            },
            "verdicts": dict(run["verdicts"]),
            "budget": {"total_s": 5.0},
        },
    )


if __name__ == "__main__":
    main(template="--template" in sys.argv[1:])
