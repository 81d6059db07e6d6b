"""POST /v1/sequences:lint: any role may lint; bad sequences are 422 with each field."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

EXAMPLE = (Path(__file__).parents[2] / "docs/examples/q4-outbound.yaml").read_text()
SMALL = {
    "name": "tiny",
    "contacts": [{"stage": "lead", "persona": "economic_buyer"}],
    "steps": [{"channel": "email", "body": "Hi {first_name}, just checking in."}],
}


@pytest.mark.parametrize("role", ["admin", "manager", "sdr", "integration"])
def test_every_role_may_lint(client: TestClient, auth: dict, role: str) -> None:
    answer = client.post(
        "/v1/sequences:lint", json={"sequence": SMALL}, headers=auth[role]
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["contacts"] == 1


def test_no_key_is_401(client: TestClient) -> None:
    assert (
        client.post("/v1/sequences:lint", json={"sequence": SMALL}).status_code == 401
    )


def test_example_sequence_from_yaml(client: TestClient, auth: dict) -> None:
    answer = client.post(
        "/v1/sequences:lint",
        json={"sequence_yaml": EXAMPLE, "start": "2026-12-07"},
        headers=auth["sdr"],
    )
    report = answer.json()
    assert report["failed"] is True and report["start"] == "2026-12-07"
    kinds = [{i["kind"] for i in step["issues"]} for step in report["steps"]]
    assert "duplicate across channels" in kinds[1]
    assert "bump" in kinds[2]
    assert "premature ask" in kinds[3]
    assert kinds[4] == {"quiet hours"}


def test_bad_sequence_lists_each_problem(client: TestClient, auth: dict) -> None:
    bad = {**SMALL, "steps": [{"channel": "fax", "body": "Hi {firstname}"}]}
    answer = client.post(
        "/v1/sequences:lint", json={"sequence": bad}, headers=auth["sdr"]
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    fields = {e["field"] for e in answer.json()["errors"]}
    assert "sequence.steps.0.channel" in fields
