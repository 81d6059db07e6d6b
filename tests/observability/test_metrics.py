"""GET /metrics: what an operator's Prometheus reads, and who may read it."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session

from guard.auth import create_key
from guard.db import make_sessionmaker
from guard.hooks.signature import new_secret
from guard.reviews.outbox import deliver_due
from guard.settings import Settings
from models import Integration
from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration, signed
from tests.reviews.support import blocked_send
from tests.server import free_port


def scrape(client: TestClient, headers: dict[str, str]) -> dict[tuple, float]:
    answer = client.get("/metrics", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/plain")
    return samples(answer.text)


def samples(text: str) -> dict[tuple, float]:
    """{(name, ((label, value), ...)): value} for every sample."""
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(found: dict[tuple, float], name: str, **labels: str) -> float:
    return found.get((name, tuple(sorted(labels.items()))), 0.0)


def metrics_key(db: Session) -> dict[str, str]:
    _, raw = create_key(db, role="metrics", name="prometheus")
    db.commit()
    return {"Authorization": f"Bearer {raw}"}


def test_a_check_is_counted_by_verdict_with_its_phase_latencies(
    client: TestClient, auth: dict
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    before = scrape(client, auth["admin"])
    answer = client.post(
        "/v1/checks", json=check_body(planned_at=business_slot()), headers=auth["sdr"]
    )
    assert answer.status_code == 200, answer.text
    verdict = answer.json()["verdict"]
    after = scrape(client, auth["admin"])
    labels = {
        "verdict": verdict,
        "caller": "sdr",
        "sender": "human",
        "dry_run": "false",
    }
    counted = value(after, "guard_checks_total", **labels)
    assert counted == value(before, "guard_checks_total", **labels) + 1
    for phase in ("load", "analysis", "rules", "write"):
        name = "guard_check_phase_seconds_count"
        assert value(after, name, phase=phase) == value(before, name, phase=phase) + 1
        assert value(after, "guard_check_phase_seconds_sum", phase=phase) > 0
    route = {"method": "POST", "route": "/v1/checks"}
    name = "guard_http_request_duration_seconds_count"
    assert value(after, name, **route) == value(before, name, **route) + 1
    ok = {**route, "status": "200"}
    assert value(after, "guard_http_requests_total", **ok) >= 1
    for finding in answer.json()["findings"]:
        rule = {"rule": finding["rule"], "verdict": finding["verdict"]}
        assert value(after, "guard_check_findings_total", **rule) >= 1


def test_without_a_key_metrics_are_refused(client: TestClient) -> None:
    answer = client.get("/metrics")
    assert answer.status_code == 401
    assert answer.headers["content-type"] == "application/problem+json"
    bad = client.get("/metrics", headers={"Authorization": "Bearer cg_not-a-key"})
    assert bad.status_code == 401


def test_a_metrics_key_reads_metrics_and_nothing_else(
    client: TestClient, auth: dict, db: Session
) -> None:
    headers = metrics_key(db)
    assert "guard_checks" in client.get("/metrics", headers=headers).text
    body = check_body(planned_at=business_slot())
    assert client.post("/v1/checks", json=body, headers=headers).status_code == 403
    assert client.get("/v1/me/checks", headers=headers).status_code == 403
    assert client.get("/v1/keys", headers=headers).status_code == 403
    assert client.get("/v1/content", headers=headers).status_code == 403
    assert client.post("/mcp", json={}, headers=headers).status_code == 403


def test_an_sdr_key_may_not_read_metrics(client: TestClient, auth: dict) -> None:
    assert client.get("/metrics", headers=auth["sdr"]).status_code == 403


def test_an_admin_creates_a_metrics_key_through_the_api(
    client: TestClient, auth: dict
) -> None:
    created = client.post(
        "/v1/keys", json={"role": "metrics", "name": "prom"}, headers=auth["admin"]
    )
    assert created.status_code == 201, created.text
    headers = {"Authorization": f"Bearer {created.json()['key']}"}
    assert client.get("/metrics", headers=headers).status_code == 200


def test_the_review_queue_and_a_failing_callback_show_in_the_gauges(
    client: TestClient, auth: dict, db: Session, settings: Settings
) -> None:
    key, raw = create_key(db, role="integration", name="crm")
    down = f"http://127.0.0.1:{free_port()}/down"  # nothing listens here
    db.add(
        Integration(
            name="crm", api_key_id=key.id, callback_url=down, secrets=[new_secret()]
        )
    )
    db.commit()
    crm = {"Authorization": f"Bearer {raw}"}
    first = blocked_send(client, crm)["review_id"]
    blocked_send(client, crm, key="eve")
    queued = scrape(client, auth["admin"])
    assert value(queued, "guard_review_queue_depth") == 2
    assert value(queued, "guard_review_queue_oldest_age_seconds") >= 0
    assert value(queued, "guard_outbox_pending") == 0
    assert value(queued, "guard_metrics_database_up") == 1
    reason = {"reason": "Not for a customer in onboarding."}
    client.post(f"/v1/reviews/{first}/reject", json=reason, headers=auth["admin"])
    sessions = make_sessionmaker(client.app.state.engine)  # type: ignore[attr-defined]
    loopback = settings.model_copy(update={"allow_private_callbacks": True})
    deliver_due(sessions, loopback, now=datetime.now(UTC))
    failed = scrape(client, auth["admin"])
    assert value(failed, "guard_review_queue_depth") == 1
    assert value(failed, "guard_outbox_pending") == 1
    assert value(failed, "guard_outbox_oldest_pending_age_seconds") >= 0
    retries = value(failed, "guard_outbox_deliveries_total", outcome="retry")
    assert (
        retries == value(queued, "guard_outbox_deliveries_total", outcome="retry") + 1
    )


def test_inbound_messages_are_counted_by_kind(client: TestClient, auth: dict) -> None:
    before = scrape(client, auth["admin"])
    reply = {
        "message_id": "<ooo-1@acme.example>",
        "from": "ada@acme.example",
        "to": "sam@seller.example",
        "subject": "Automatic reply: Warehouse integration guide",
        "body": "I am out of the office until Monday 14 December.",
        "headers": {"Auto-Submitted": "auto-replied"},
        "sent_at": datetime.now(UTC).isoformat(),
    }
    answer = client.post("/v1/inbound", json=reply, headers=auth["integration"])
    assert answer.status_code in (200, 201), answer.text
    kind = answer.json()["kind"]
    after = scrape(client, auth["admin"])
    labels = {"kind": kind, "source": "api"}
    name = "guard_inbound_messages_total"
    assert value(after, name, **labels) == value(before, name, **labels) + 1


def test_the_policy_and_model_revisions_are_info_metrics(
    client: TestClient, auth: dict
) -> None:
    found = scrape(client, auth["admin"])
    revision = client.app.state.policy.revision  # type: ignore[attr-defined]
    assert value(found, "guard_policy_info", pack_revision=revision) == 1
    models = {labels for name, labels in found if name == "guard_model_info"}
    assert {dict(labels)["model"] for labels in models} == {"bump", "inbound"}


DASHBOARD = Path(__file__).parents[2] / "docs" / "grafana" / "cadence-guard.json"


def test_the_grafana_dashboard_uses_only_metrics_the_guard_exposes(
    client: TestClient, auth: dict
) -> None:
    panels = json.loads(DASHBOARD.read_text())["panels"]
    queries = [target["expr"] for panel in panels for target in panel["targets"]]
    used = {
        re.sub(r"_(bucket|sum|count)$", "", name)
        for query in queries
        for name in re.findall(r"guard_[a-z_]+", query)
    }
    text = client.get("/metrics", headers=auth["admin"]).text
    exposed = set(re.findall(r"^# TYPE (\S+)", text, re.MULTILINE))
    assert len(used) >= 15
    assert used <= exposed, used - exposed


def test_a_hook_fallback_is_counted_by_reason_and_mode(
    client: TestClient,
    auth: dict,
    db: Session,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if backend != "sqlite":
        pytest.skip("holds SQLite's in-process write lock; PostgreSQL locks rows")
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    key, secret = make_integration(db, "fail_closed")
    body = json.dumps(check_body(planned_at=business_slot())).encode()
    state = client.app.state  # type: ignore[attr-defined]
    labels = {"reason": "timeout", "mode": "fail_closed"}
    before = value(
        scrape(client, auth["admin"]), "guard_hook_fallbacks_total", **labels
    )
    monkeypatch.setattr(state.settings, "fallback_budget_seconds", 0.3)
    with state.write_lock:  # another writer holds the database past the budget
        late = client.post(
            "/v1/hooks/pre-dispatch",
            content=body,
            headers=signed(body, key, secret, "f"),
        )
    assert late.json()["verdict"] == "defer"
    after = value(scrape(client, auth["admin"]), "guard_hook_fallbacks_total", **labels)
    assert after == before + 1


def test_labels_stay_a_bounded_set_whatever_a_client_sends(
    client: TestClient, auth: dict
) -> None:
    for n in range(3):
        client.request(f"BREW{n}", f"/no/such/{n}@acme.example")
    found = scrape(client, auth["admin"])
    methods = {dict(labels).get("method") for name, labels in found}
    routes = {dict(labels).get("route") for name, labels in found}
    assert not any(m and m.startswith("BREW") for m in methods)
    assert "other" in methods and "unmatched" in routes
    assert not any(r and "acme" in r for r in routes)
