"""The check endpoint over HTTP against a trivial endpoint served the same way (budget:
README, "Measured").

One uvicorn worker on SQLite, 32 concurrent connections, wrk as the load generator. The
checks spread over 500 contacts so cadence limits do not short-circuit the work.
Budget: >= 500 checks/s and p99 <= 25 ms; the ratio to /healthz shows what the guard
itself costs.

Then the same with `guard serve --workers 2` on a fresh database of its own (skip with
GUARD_BENCH_WORKERS_COMPARE=0): `workers_2_over_1` is what a second process adds on
SQLite, where every write still queues for the one database lock. Meaningful only on
a machine with a core to spare for it (wrk takes one).
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bench.common import write_result
from guard.auth import create_key
from guard.cli.session import session_scope
from guard.migrate import prepare
from models import Account, Contact
from tests.server import running_server

CONTACTS = 500
DURATION_S = 10
CONNECTIONS = 32

LUA = """
counter = 0
request = function()
  counter = counter + 1
  local n = counter % CONTACTS
  local body = string.format('TEMPLATE', n, counter)
  return wrk.format("POST", "/v1/checks", nil, body)
end
"""


def seed_contacts(url: str) -> str:
    import os

    from guard.settings import get_settings

    os.environ["GUARD_DATABASE_URL"] = url
    get_settings.cache_clear()  # session_scope below: this database, not the last one
    prepare(url)
    with session_scope() as db:
        # Buying groups of five, as in real accounts (real ones have 6-10 people).
        for n in range(CONTACTS):
            if n % 5 == 0:
                account = Account(
                    external_id=f"bench-{n}",
                    name=f"Bench {n}",
                    country="GB",
                    timezone="Europe/London",
                )
                db.add(account)
                db.flush()
            db.add(
                Contact(
                    email=f"c{n}@bench.example",
                    account_id=account.id,
                    stage="mql",
                    persona="technical_evaluator",
                    position="evaluator",
                    timezone="Europe/London",
                    country="GB",
                )
            )
        _, raw = create_key(db, role="integration", name="bench")
    return raw


def _template(planned: datetime) -> str:
    payload = {
        "contact": {"email": "c%d@bench.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Warehouse integration guide",
        "body": "Hi, the integration guide for your warehouse is ready, with the "
        "security "
        "checklist your IT team asked for: https://content.example.com/guide %d",
        "planned_at": planned.isoformat(),
    }
    return json.dumps(payload).replace("'", "\\'")


def run_wrk(
    base: str,
    path: str,
    key: str,
    script: Path | None,
    seconds: int = DURATION_S,
    connections: int = CONNECTIONS,
    script_args: list[str] | None = None,
) -> dict[str, float]:
    cmd = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-H",
        f"Authorization: Bearer {key}",
        "-H",
        "Content-Type: application/json",
    ]
    if script:
        cmd += ["-s", str(script)]
    after = ["--", *script_args] if script_args else []
    out = subprocess.run(
        [*cmd, base + path, *after], capture_output=True, text=True, check=True
    ).stdout
    return _parse(out)


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _parse(out: str) -> dict[str, float]:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = {
        q: _ms(v, u) for q, v, u in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)", out)
    }
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sent = re.search(r"(\d+) requests in", out)
    return {
        "requests": int(sent.group(1)) if sent else 0,
        "per_second": rps,
        "p50_ms": lat.get("50", 0.0),
        "p99_ms": lat.get("99", 0.0),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
    }


def compare_workers() -> bool:
    """Measure `--workers 2` too? GUARD_BENCH_WORKERS_COMPARE, on by default."""
    import os

    return os.environ.get("GUARD_BENCH_WORKERS_COMPARE", "1") not in ("0", "")


def _run(tmp: Path, name: str, workers: int) -> dict[str, dict[str, float]]:
    """Checks and /healthz against a server with `workers` on a fresh database."""
    url = f"sqlite:///{tmp / f'{name}.db'}"
    key = seed_contacts(url)
    planned = (datetime.now(UTC) + timedelta(days=3)).replace(hour=10, minute=0)
    script = tmp / f"{name}.lua"
    lua = LUA.replace("CONTACTS", str(CONTACTS)).replace("TEMPLATE", _template(planned))
    script.write_text(lua)
    # The same sends as drafts (`dry_run`): decided, not recorded, no write lock.
    drafts = tmp / f"{name}-dry.lua"
    dry = _template(planned).replace('"planned_at"', '"dry_run": true, "planned_at"')
    drafts.write_text(lua.replace(_template(planned), dry))
    with running_server(url, workers=workers) as base:
        httpx.get(base + "/healthz")
        # Warm up: the other languages' pipelines build in the background after
        # start, and the first checks fill SQLite's page cache (in every worker).
        run_wrk(base, "/v1/checks", key, script, seconds=5)
        trivial = run_wrk(base, "/healthz", key, None)
        checks = run_wrk(base, "/v1/checks", key, script)
        dry_runs = run_wrk(base, "/v1/checks", key, drafts)
    return {"checks": checks, "checks_dry_run": dry_runs, "trivial": trivial}


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        one = _run(Path(tmp), "bench", 1)
        two = _run(Path(tmp), "bench2", 2) if compare_workers() else None
    checks, trivial, dry = one["checks"], one["trivial"], one["checks_dry_run"]
    result: dict[str, object] = {
        "workers": 1,
        "database": "sqlite",
        "connections": CONNECTIONS,
        "duration_s": DURATION_S,
        "checks": checks,
        "checks_dry_run": one["checks_dry_run"],
        "trivial": trivial,
        "ratio_checks_to_trivial": round(
            checks["per_second"] / trivial["per_second"], 3
        ),
        # Issue 13's ratio: drafts (dry runs) against /healthz, same server and client.
        "ratio_dry_run_to_trivial": round(dry["per_second"] / trivial["per_second"], 3),
        "budget": {"per_second": 500, "p99_ms": 25},
    }
    if two is not None:
        result["workers_2"] = two
        result["workers_2_over_1"] = round(
            two["checks"]["per_second"] / checks["per_second"], 3
        )
        result["workers_2_over_1_dry_run"] = round(
            two["checks_dry_run"]["per_second"] / dry["per_second"], 3
        )
    return write_result("http_checks", result)


if __name__ == "__main__":
    main()
