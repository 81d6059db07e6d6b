"""The signed pre-dispatch webhook over HTTP, against /healthz served the same way.

One uvicorn worker on SQLite, 32 connections, wrk cycling through pre-signed requests
(each with its own webhook-id, so every call is a real check, not an idempotent replay).
Budget (DESIGN §8): >= 500 checks/s and p99 <= 25 ms.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from standardwebhooks import Webhook

from bench.common import write_result
from bench.http_checks import CONNECTIONS, CONTACTS, DURATION_S, _seed, _wrk
from guard.auth import create_key
from guard.cli.session import session_scope
from guard.hooks.signature import new_secret
from models import Integration
from tests.server import running_server

SIGNED = 6000  # more than a 10 s run at the budget's rate, so ids do not repeat

LUA_HEAD = """
requests = {}
counter = 0
request = function()
  counter = counter + 1
  local r = requests[(counter % #requests) + 1]
  return wrk.format("POST", "/v1/hooks/pre-dispatch", r[1], r[2])
end
"""


def _integration() -> tuple[str, str]:
    with session_scope() as db:
        key, raw = create_key(db, role="integration", name="bench-crm")
        secret = new_secret()
        db.add(Integration(name="bench-crm", api_key_id=key.id, secrets=[secret]))
    return raw, secret


def _lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def _script(path: Path, key: str, secret: str, planned: datetime) -> None:
    signer = Webhook(secret)
    now = datetime.now(UTC)
    lines = [LUA_HEAD]
    for n in range(SIGNED):
        body = json.dumps(
            {
                "contact": {"email": f"c{n % CONTACTS}@bench.example"},
                "sender": {"email": "sam@seller.example"},
                "channel": "email",
                "subject": "Warehouse integration guide",
                "body": "Hi, the integration guide for your warehouse is ready, with "
                f"the security checklist: https://content.example.com/guide/{n}",
                "planned_at": planned.isoformat(),
            }
        )
        headers = {
            "Authorization": f"Bearer {key}",
            "Content-Type": "application/json",
            "webhook-id": f"bench-{n}",
            "webhook-timestamp": str(int(now.timestamp())),
            "webhook-signature": signer.sign(f"bench-{n}", now, body),
        }
        lua_headers = ", ".join(f'["{k}"] = "{v}"' for k, v in headers.items())
        lines.append(f"requests[{n + 1}] = {{{{{lua_headers}}}, {_lua_string(body)}}}")
    path.write_text("\n".join(lines))


def main() -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        admin_key = _seed(url)
        key, secret = _integration()
        planned = (datetime.now(UTC) + timedelta(days=3)).replace(hour=10, minute=0)
        script = Path(tmp) / "hook.lua"
        _script(script, key, secret, planned)
        env = {
            "GUARD_FALLBACK_BUDGET_SECONDS": "30"
        }  # measure the guard, not the fallback
        with running_server(url, workers=1, **env) as base:
            httpx.get(base + "/healthz")
            _wrk(base, "/v1/hooks/pre-dispatch", key, script, seconds=3)  # warm up
            trivial = _wrk(base, "/healthz", admin_key, None)
            hooks = _wrk(base, "/v1/hooks/pre-dispatch", key, script)
    return write_result(
        "webhook",
        {
            "workers": 1,
            "database": "sqlite",
            "connections": CONNECTIONS,
            "duration_s": DURATION_S,
            "signature_verification": True,
            "webhook": hooks,
            "trivial": trivial,
            "ratio_webhook_to_trivial": round(
                hooks["per_second"] / trivial["per_second"], 3
            ),
            "budget": {"per_second": 500, "p99_ms": 25},
        },
    )


if __name__ == "__main__":
    main()
