"""One JSON line per request and per worker job, with ids and never a message's text."""

from __future__ import annotations

import json
import logging
import re
import sys

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.db import make_sessionmaker
from guard.observability import logs
from guard.settings import Settings
from guard.worker import run_pass
from tests.builders import business_slot, check_body, put_account, put_contact

FORMAT = logs.JsonFormatter()


def lines(caplog: pytest.LogCaptureFixture, logger: str) -> list[dict]:
    """The records of `logger` as the JSON lines the server writes."""
    return [json.loads(FORMAT.format(r)) for r in caplog.records if r.name == logger]


def test_a_check_logs_one_line_with_its_request_id_and_decision(
    client: TestClient, auth: dict, caplog: pytest.LogCaptureFixture
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    body = check_body(planned_at=business_slot())
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="guard.request"):
        answer = client.post(
            "/v1/checks",
            json=body,
            headers={**auth["sdr"], "X-Request-ID": "crm-req-42"},
        )
    assert answer.status_code == 200, answer.text
    assert answer.headers["x-request-id"] == "crm-req-42"
    (line,) = lines(caplog, "guard.request")
    decision = answer.json()
    assert line["request_id"] == "crm-req-42"
    assert line["route"] == "/v1/checks" and line["method"] == "POST"
    assert line["status"] == 200 and line["duration_ms"] > 0
    assert line["caller_role"] == "sdr" and isinstance(line["caller_id"], int)
    assert line["check_id"] == decision["check_id"]
    assert line["verdict"] == decision["verdict"]
    assert line["level"] == "info" and line["ts"].endswith("Z")


@pytest.mark.parametrize(
    "given",
    ["has spaces", "x" * 65, "new\nline", "ünïcode", ""],
    ids=["spaces", "too long", "newline", "non-ascii", "empty"],
)
def test_an_unsafe_request_id_is_replaced_by_a_new_one(
    client: TestClient, given: str
) -> None:
    answer = client.get("/healthz", headers={"X-Request-ID": given.encode("utf-8")})
    echoed = answer.headers["x-request-id"]
    assert echoed != given
    assert re.fullmatch(r"[0-9a-f]{16}", echoed)


def test_without_a_request_id_each_answer_gets_its_own(client: TestClient) -> None:
    first = client.get("/healthz").headers["x-request-id"]
    second = client.get("/healthz").headers["x-request-id"]
    assert first != second


def test_errors_and_refusals_carry_a_request_id_too(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="guard.request"):
        refused = client.post("/v1/checks", json={}, headers={"X-Request-ID": "r-401"})
        missing = client.get("/no/such/page", headers={"X-Request-ID": "r-404"})
    assert refused.headers["x-request-id"] == "r-401"
    assert missing.headers["x-request-id"] == "r-404"
    found = {line["request_id"]: line for line in lines(caplog, "guard.request")}
    assert found["r-401"]["status"] == 401
    assert found["r-404"]["status"] == 404 and found["r-404"]["route"] == "unmatched"


def test_the_route_is_logged_as_its_template_never_the_address_in_the_path(
    client: TestClient, auth: dict, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="guard.request"):
        client.get("/v1/contacts/ada@acme.example/cadence", headers=auth["admin"])
        client.get("/ui/static/app.css")
    cadence, static = lines(caplog, "guard.request")
    assert "@" not in json.dumps(cadence)
    assert cadence["route"] == "/v1/contacts/{ref}/cadence"
    assert static["route"] == "/ui/static/{path}"  # a mount without routes


def test_free_text_in_logs_has_addresses_masked() -> None:
    try:
        raise ValueError("no contact ada@acme.example")
    except ValueError:
        record = logging.LogRecord(
            "guard.x", logging.ERROR, __file__, 1, "for %s", ("bo@acme.example",), True
        )
        record.exc_info = sys.exc_info()
    line = FORMAT.format(record)
    assert "acme.example" not in line
    assert json.loads(line)["msg"] == "for <email>"
    text = logs.TextFormatter().format(record)
    assert "acme.example" not in text


def test_each_worker_job_logs_one_line(
    client: TestClient,
    settings: Settings,
    db: Session,
    caplog: pytest.LogCaptureFixture,
) -> None:
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    with caplog.at_level(logging.INFO, logger="guard.job"):
        run_pass(sessions, settings)
    jobs = {line["job"]: line for line in lines(caplog, "guard.job")}
    assert set(jobs) >= {"jobs", "outbox"}
    for line in jobs.values():
        assert line["outcome"] == "ok"
        assert re.fullmatch(r"[0-9a-f]{16}", line["request_id"])
        assert line["duration_ms"] >= 0
    assert jobs["jobs"]["reviews_expired"] == 0


def test_the_format_is_chosen_by_setting(capsys: pytest.CaptureFixture) -> None:
    log = logging.getLogger("guard.test_format")
    try:
        logs.configure("INFO", "text")
        log.info("plain words")
        assert "INFO guard.test_format: plain words" in capsys.readouterr().err
        logs.configure("INFO", "json")
        log.info("plain words")
        line = json.loads(capsys.readouterr().err.strip().splitlines()[-1])
        assert line["msg"] == "plain words" and line["logger"] == "guard.test_format"
    finally:
        logs.configure("INFO", "auto")
