"""Schema fuzzing: generated requests for every operation; no 5xx, answers match the
OpenAPI document (bounded examples per operation, against a real server)."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks
from sqlalchemy.orm import Session

from guard.auth import create_key
from guard.db import make_engine, make_sessionmaker
from guard.settings import Settings
from tests.server import running_server

EXAMPLES = 10  # per operation: ~25 operations in about a minute on 2 cores
# What the issue asks: no 5xx, and every answer as documented. (Rejecting a
# schema-valid body is allowed: some rules, "exactly one of email or external_id",
# are checked beyond what the JSON schema says.)
CHECKS = [
    checks.not_a_server_error,
    checks.response_schema_conformance,
    checks.content_type_conformance,
    checks.status_code_conformance,
]


def _admin_key(url: str) -> str:
    engine = make_engine(Settings(database_url=url))
    with make_sessionmaker(engine)() as db:
        db: Session
        _, key = create_key(db, role="admin", name="fuzz")
        db.commit()
    engine.dispose()
    return key


def test_every_operation_survives_generated_input(sqlite_url: str) -> None:
    headers = {"Authorization": f"Bearer {_admin_key(sqlite_url)}"}
    failures: list[str] = []
    with running_server(sqlite_url, GUARD_FALLBACK_BUDGET_SECONDS="30") as base:
        schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
        for result in schema.get_all_operations():
            operation = result.ok()

            @given(case=operation.as_strategy())
            @settings(
                max_examples=EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                database=None,
            )
            def fuzz(case: schemathesis.Case) -> None:
                case.call_and_validate(headers=headers, checks=CHECKS)

            try:
                fuzz()
            except BaseException as exc:  # every operation's failure, then report
                failures.append(f"{operation.label}: {str(exc)[:600]}")
    assert not failures, "\n".join(failures)
