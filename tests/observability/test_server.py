"""A real `guard serve --workers 2`: its log file and its metrics, as an operator sees
them. Every process's counts add up, and no message text or address reaches a log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from guard.auth import create_key
from guard.migrate import prepare
from guard.observability import directory, scrape
from tests.builders import business_slot, put_account, put_contact
from tests.observability.test_metrics import samples
from tests.server import free_port, server_process

# Words and addresses that appear only in message bodies and contact fields.
SECRET_WORDS = "Quokkamarmalade Zanzibarrollout"
ADDRESS = "ophelia.quist@larkspur-example.org"
UNKNOWN = "nobody.zed@larkspur-example.org"
CHECKS = 12


def _keys(url: str, *roles: str) -> dict[str, dict[str, str]]:
    engine = create_engine(url)
    with Session(engine) as db:
        raw = {role: create_key(db, role=role, name=f"t-{role}")[1] for role in roles}
        db.commit()
    engine.dispose()
    return {role: {"Authorization": f"Bearer {key}"} for role, key in raw.items()}


def _check(n: int, email: str = ADDRESS) -> dict:
    return {
        "contact": {"email": email},
        "sender": {"email": "sam.sender@seller-example.net"},
        "channel": "email",
        "subject": f"{SECRET_WORDS} subject {n}",
        "body": f"Hi Ophelia,\n\n{SECRET_WORDS} notes for your team, part {n}.\n\nSam",
        "planned_at": business_slot().isoformat(),
        "dry_run": n % 2 == 0,
    }


def _total(found: dict[tuple, float], name: str) -> float:
    return sum(v for (sample, _), v in found.items() if sample == name)


def test_a_served_run_counts_every_worker_and_logs_no_message_text(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'guard.db'}"
    prepare(url)
    keys = _keys(url, "admin", "integration")
    log = tmp_path / "server.log"
    port = free_port()
    env = {"GUARD_METRICS_PORT": str(port)}
    with server_process(url, workers=2, log=log, **env) as (base, _):
        crm = keys["integration"]
        with httpx.Client(base_url=base, timeout=30) as http:
            put_account(http, crm, "larkspur", domain="larkspur-example.org")
            put_contact(http, crm, "ophelia", email=ADDRESS, account="larkspur")

        def check(n: int) -> httpx.Response:
            # A connection per call: both worker processes take some of them.
            headers = {**crm, "X-Request-ID": f"obs-test-{n}"}
            return httpx.post(f"{base}/v1/checks", json=_check(n), headers=headers)

        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(check, range(CHECKS)))
        assert {a.status_code for a in answers} == {200}, answers[0].text
        with httpx.Client(base_url=base, timeout=30) as http:
            unknown = http.post("/v1/checks", json=_check(0, UNKNOWN), headers=crm)
            assert unknown.status_code == 404
            invalid = {**_check(1), "planned_at": f"{SECRET_WORDS} {ADDRESS}"}
            assert http.post("/v1/checks", json=invalid, headers=crm).status_code == 422
            reply = {
                "message_id": "<r1@larkspur-example.org>",
                "from": ADDRESS,
                "subject": f"Re: {SECRET_WORDS}",
                "body": f"No thanks, {SECRET_WORDS}. Please remove {ADDRESS}.",
            }
            assert http.post("/v1/inbound", json=reply, headers=crm).is_success
            http.get(f"/v1/contacts/{ADDRESS}/cadence", headers=keys["admin"])
            assert http.get("/metrics").status_code == 401
            api = samples(http.get("/metrics", headers=keys["admin"]).text)
        port_scrape = samples(httpx.get(f"http://127.0.0.1:{port}/metrics").text)
    assert _total(api, "guard_checks_total") == CHECKS
    assert _total(port_scrape, "guard_checks_total") == CHECKS
    # Six dry runs (no write) and six stored checks, each with its phases.
    write = ("guard_check_phase_seconds_count", (("phase", "write"),))
    assert api[write] == CHECKS / 2
    text = log.read_text()
    for secret in (*SECRET_WORDS.split(), "larkspur-example", "ophelia", "sam.sender"):
        assert secret.lower() not in text.lower(), secret
    for headers in keys.values():
        assert headers["Authorization"].split()[1] not in text
    lines = [json.loads(line) for line in text.splitlines() if line.strip()]
    logged = {line.get("request_id"): line for line in lines}
    for n, answer in enumerate(answers):
        line = logged[f"obs-test-{n}"]
        assert line["route"] == "/v1/checks" and line["status"] == 200
        assert line["verdict"] == answer.json()["verdict"]
        assert line["caller_role"] == "integration"
        assert answer.headers["x-request-id"] == f"obs-test-{n}"


COUNT = """
import os, sys
from pathlib import Path
from guard.observability import directory
if sys.argv[2] == "start":
    directory.prepare(Path(sys.argv[1]), sys.argv[3])
from guard.observability import metrics
for _ in range(int(sys.argv[4])):
    metrics.count_decision(
        "allow", [], caller="integration", sender="human", dry_run=False
    )
"""


def _count(state: Path, how: str, role: str, times: int) -> None:
    env = {**os.environ, directory.ENV: str(directory.role_folder(state, role))}
    subprocess.run(
        [sys.executable, "-c", COUNT, str(state), how, role, str(times)],
        env=env,
        check=True,
        cwd=Path(__file__).parents[2],
    )


def test_processes_sharing_the_state_dir_are_summed_and_a_restart_starts_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _count(tmp_path, "start", "serve", 3)  # `guard serve` prepares the folder …
    _count(tmp_path, "join", "serve", 4)  # … and its other worker process adds to it
    _count(tmp_path, "start", "worker", 2)  # `guard worker` has its own folder
    monkeypatch.setenv(directory.ENV, str(directory.role_folder(tmp_path, "serve")))

    def allowed() -> float:
        found = samples(
            scrape.generate_latest(scrape.Scrape(_no_database, lambda: "r")).decode()
        )
        key = (
            "guard_checks_total",
            (
                ("caller", "integration"),
                ("dry_run", "false"),
                ("sender", "human"),
                ("verdict", "allow"),
            ),
        )
        return found[key]

    assert allowed() == 3 + 4 + 2
    _count(tmp_path, "start", "serve", 1)  # a restarted server starts from zero
    assert allowed() == 1 + 2


def _no_database() -> Session:
    raise ConnectionError("no database in this test")
