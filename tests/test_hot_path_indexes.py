"""The queries every check and every reported send make stay index lookups as the
tables grow (docs/scaling.md): on PostgreSQL with 20,000 touches, 10,000 checks and 10,000 replies,
the planner reads none of the growing tables in full."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.dialects import postgresql

from guard.checks.stored import callers_keys
from models import Check, InboundMessage, Touch
from tests.conftest import PG_SKIP, PG_URL, wipe

pytestmark = [pytest.mark.pg, pytest.mark.skipif(not PG_URL, reason=PG_SKIP)]
NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)

_FILL = """
INSERT INTO accounts (id, external_id, name, do_not_contact, created_at)
  SELECT a, 'acct-' || a, 'Account ' || a, false, now() FROM generate_series(1, 300) a;
INSERT INTO contacts (id, email, account_id, entry_point, stage, timezone, language,
                      consent, created_at)
  SELECT c, 'c' || c || '@a' || (c % 300 + 1) || '.example', c % 300 + 1, true,
         'mql', 'UTC', 'en', 'ok', now()
  FROM generate_series(1, 3000) c;
INSERT INTO checks (id, idempotency_key, contact_id, sender_email, channel, subject,
                    body, planned_at, automated, verdict, suggestions, pack_revision,
                    input_digest, request, timings, created_at, sender_kind)
  SELECT 'chk-' || n, 'key-' || n, n % 3000 + 1, 'sam@seller.example', 'email', 's',
         'b', :now - n * interval '1 minute', false, 'allow', '[]', 'r', 'd', '{}',
         '{}', :now - n * interval '1 minute', 'human'
  FROM generate_series(1, 10000) n;
INSERT INTO touches (contact_id, account_id, sender_email, channel, subject, body,
                     sent_at, automated, is_bump, links, check_id, source, created_at,
                     sender_kind)
  SELECT n % 3000 + 1, n % 300 + 1, 'sam@seller.example', 'email', 's', 'b',
         :now - n * interval '1 minute', false, false, '[]',
         CASE WHEN n <= 10000 THEN 'chk-' || n END, 'guard', now(), 'human'
  FROM generate_series(1, 20000) n;
INSERT INTO inbound_messages (message_id, contact_id, from_email, subject, body,
                              headers, kind, intents, received_at, analysis, source,
                              created_at)
  SELECT '<m' || n || '@x>', n % 3000 + 1, 'c@x.example', '', '', '{}', 'human',
         '[]', :now - n * interval '5 minutes', '{}', 'api', now()
  FROM generate_series(1, 10000) n;
ANALYZE;
"""


@pytest.fixture(scope="module")
def grown(pg_url: str) -> Iterator[Engine]:
    engine = create_engine(pg_url)
    wipe(engine)
    with engine.begin() as conn:
        for statement in filter(str.strip, _FILL.split(";")):
            conn.execute(text(statement), {"now": NOW})
    try:
        yield engine
    finally:
        wipe(engine)
        engine.dispose()


def _full_scans(engine: Engine, query: object) -> list[str]:
    sql = str(
        query.compile(  # type: ignore[attr-defined]
            dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}
        )
    )
    with engine.connect() as conn:
        plan = conn.execute(text(f"EXPLAIN (FORMAT JSON) {sql}")).scalar_one()
    plan = plan if isinstance(plan, list) else json.loads(plan)
    found: list[str] = []

    def walk(node: dict) -> None:
        if node.get("Node Type") == "Seq Scan":
            found.append(node["Relation Name"])
        for child in node.get("Plans", []):
            walk(child)

    walk(plan[0]["Plan"])
    return found


WEEK = NOW - timedelta(days=7)
HOT = {
    # POST /v1/touches with a check_id: the touch that check recorded.
    "touch of a check": select(Touch).where(
        Touch.check_id == "chk-1234", Touch.source == "guard"
    ),
    # Every check: the contact's and the account's recent touches.
    "contact's week": select(Touch).where(
        Touch.contact_id == 42, Touch.sent_at >= WEEK
    ),
    "account's week": select(Touch).where(Touch.account_id == 7, Touch.sent_at >= WEEK),
    "contact's replies": select(InboundMessage).where(
        InboundMessage.contact_id == 42, InboundMessage.received_at >= WEEK
    ),
    # A retried check: the stored decision under the caller's idempotency key.
    "idempotent retry": select(Check).where(
        Check.idempotency_key == "key-777", callers_keys(None)
    ),
    "stored decision": select(Check).where(Check.id == "chk-777"),
    # A retried send report and a re-read reply.
    "touch by external id": select(Touch).where(Touch.external_id == "t-1"),
    "reply by Message-ID": select(InboundMessage).where(
        InboundMessage.message_id == "<m1@x>"
    ),
}


@pytest.mark.parametrize("name", HOT)
def test_the_hot_path_reads_no_growing_table_in_full(grown: Engine, name: str) -> None:
    assert _full_scans(grown, HOT[name]) == []
