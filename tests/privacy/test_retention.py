"""Retention: `guard retention run` purges message text past GUARD_RETENTION_DAYS and
keeps every decision; --dry-run only counts; the worker runs it once a day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.cli import get_app
from guard.db import make_sessionmaker
from guard.privacy.retention import run_retention
from guard.settings import Settings, get_settings
from guard.worker import run_pass
from models import (
    Absence,
    AuditEvent,
    Base,
    Check,
    FindingRow,
    InboundMessage,
    OutboxEvent,
    ReviewItem,
    Touch,
)
from tests.builders import post_touch
from tests.privacy.history import build, with_callback
from tests.web.support import sign_in

# Each table's time column: what the purge measures age by.
AGES = {
    Check: Check.created_at,
    Touch: Touch.sent_at,
    InboundMessage: InboundMessage.received_at,
    Absence: Absence.noticed_at,
    ReviewItem: ReviewItem.created_at,
    AuditEvent: AuditEvent.at,
    OutboxEvent: OutboxEvent.created_at,
}


def _age_everything(db: Session, days: int) -> None:
    """Make every row of the history `days` old, and give the review an edit."""
    old = datetime.now(UTC) - timedelta(days=days)
    for model, column in AGES.items():
        db.execute(update(model).values({column.key: old}))
    db.execute(update(ReviewItem).values(edited_subject="Re", edited_body="Hi, edit"))
    db.commit()


@pytest.fixture
def cli(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("GUARD_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("GUARD_RETENTION_DAYS", "30")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def run(*args: str) -> Result:
    return CliRunner().invoke(get_app(), list(args))


def _text_of_every_row(db: Session) -> dict[str, list[Any]]:
    db.rollback()
    return {
        t.name: sorted(map(repr, db.execute(select(t)).all()))
        for t in Base.metadata.sorted_tables
    }


def test_a_60_day_old_touch_loses_its_body_and_keeps_its_decision(
    client: TestClient, auth: dict, db: Session, cli: None
) -> None:
    made = build(client, auth)
    _age_everything(db, days=60)
    fresh = post_touch(
        client,
        auth["integration"],
        "bob",
        datetime.now(UTC) - timedelta(days=5),
        "t-fresh",
        body="Hi Bob, five days old.",
    )
    done = run("retention", "run")
    assert done.exit_code == 0, done.output
    assert "purged" in done.output and "touches:" in done.output
    db.rollback()
    old_touch = db.scalar(select(Touch).where(Touch.external_id == "t-zen"))
    assert (old_touch.subject, old_touch.body) == ("", "")
    assert db.get(Touch, fresh["id"]).body == "Hi Bob, five days old."
    check = db.get(Check, made["first"]["check_id"])
    assert check.verdict == made["first"]["verdict"]
    assert (check.body, check.request, check.rewrite) == ("", {}, None)
    findings = db.scalars(select(FindingRow).where(FindingRow.check_id == check.id))
    rules = sorted(f.rule for f in findings)
    assert rules == sorted(f["rule"] for f in made["first"]["findings"])
    every_evidence = db.scalars(select(FindingRow.evidence)).all()
    assert not any("text" in e for evidence in every_evidence for e in evidence)
    assert not any(db.scalars(select(InboundMessage.body)))
    assert {(r.edited_body, r.status) for r in db.scalars(select(ReviewItem))} == {
        (None, "rejected")
    }
    assert not any(db.scalars(select(Absence.evidence)))
    audit = db.scalars(select(AuditEvent.data)).all()
    assert not any("evidence" in d or "body" in d for d in audit)
    purged = db.scalar(
        select(AuditEvent).where(AuditEvent.action == "retention.purged")
    )
    assert purged.actor == "cli" and purged.data["rows"]["touches"] >= 1


def test_dry_run_counts_per_table_and_changes_nothing(
    client: TestClient, auth: dict, db: Session, cli: None
) -> None:
    build(client, auth)
    _age_everything(db, days=60)
    before = _text_of_every_row(db)
    dry = run("retention", "run", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "would purge" in dry.output
    counts = dict(
        line.strip().split(": ") for line in dry.output.splitlines()[1:] if line
    )
    assert int(counts["touches"]) >= 2 and int(counts["checks"]) == 3
    assert int(counts["review_items"]) == 1
    assert _text_of_every_row(db) == before


def test_rows_younger_than_the_setting_are_kept(
    client: TestClient, auth: dict, db: Session, cli: None
) -> None:
    build(client, auth)
    _age_everything(db, days=20)
    before = _text_of_every_row(db)
    assert run("retention", "run").exit_code == 0
    after = _text_of_every_row(db)
    after.pop("audit_events"), before.pop("audit_events")  # the run's own event
    assert after == before


def test_small_batches_purge_the_same_rows(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    _age_everything(db, days=60)
    sessions = make_sessionmaker(client.app.state.engine)
    due = run_retention(sessions, days=30, dry_run=True)
    done = run_retention(sessions, days=30, batch_size=2)
    assert done == due and done["checks"] == 3
    assert set(run_retention(sessions, days=30, dry_run=True).values()) == {0}


def test_the_worker_purges_once_a_day(
    client: TestClient, auth: dict, db: Session
) -> None:
    build(client, auth)
    _age_everything(db, days=365)
    state = client.app.state
    sessions = make_sessionmaker(state.engine)
    first = run_pass(sessions, state.settings)["retention"]
    assert first["touches"] >= 2
    assert run_pass(sessions, state.settings)["retention"] == "not due"


def test_a_callback_still_owed_keeps_its_payload_a_dead_one_loses_it(
    client: TestClient, auth: dict, db: Session
) -> None:
    with_callback(db)
    build(client, auth)
    _age_everything(db, days=60)
    sessions = make_sessionmaker(client.app.state.engine)
    assert run_retention(sessions, days=30)["outbox_events"] == 0
    db.rollback()
    assert db.scalar(select(OutboxEvent.payload))["data"]["review_id"]
    db.execute(update(OutboxEvent).values(status="dead"))
    db.commit()
    assert run_retention(sessions, days=30)["outbox_events"] == 1
    db.rollback()
    assert db.scalar(select(OutboxEvent.payload)) == {}


def test_a_purged_decision_still_reads_in_the_api_and_on_its_review_page(
    client: TestClient, auth: dict, db: Session
) -> None:
    made = build(client, auth)
    _age_everything(db, days=60)
    run_retention(make_sessionmaker(client.app.state.engine), days=30)
    blocked = made["blocked"]
    stored = client.get(f"/v1/checks/{blocked['check_id']}", headers=auth["admin"])
    assert stored.status_code == 200, stored.text
    assert stored.json()["verdict"] == "block"
    rules = [f["rule"] for f in stored.json()["findings"]]
    assert rules == [f["rule"] for f in blocked["findings"]]
    assert all(
        e["text"] == "" for f in stored.json()["findings"] for e in f["evidence"]
    )
    review = client.get(f"/v1/reviews/{blocked['review_id']}", headers=auth["admin"])
    assert review.status_code == 200, review.text
    sign_in(client, db, role="admin", team=None)
    page = client.get(f"/ui/reviews/{blocked['review_id']}")
    client.cookies.clear()
    assert page.status_code == 200
