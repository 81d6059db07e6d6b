"""POST /v1/checks:batch: one answer per item, per-item problems, bulk loading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from models import Check, Touch
from tests.builders import (
    BUMP_BODY,
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)


def _batch(client: TestClient, headers: dict, items: list[dict]) -> dict:
    answer = client.post("/v1/checks:batch", json={"items": items}, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _people(client: TestClient, auth: dict, n: int) -> list[str]:
    put_account(client, auth["integration"])
    keys = [f"p{i}" for i in range(n)]
    for key in keys:
        put_contact(client, auth["integration"], key)
    return keys


_CACHE_READS = re.compile(
    r"\bFROM (api_keys|revisions|content_assets|learned_models)\b"
)


@contextmanager
def _selects(client: TestClient) -> Iterator[list[str]]:
    engine = client.app.state.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def count(_c: object, _cur: object, sql: str, *_: object) -> None:
        # The process's caches (API keys, content library, active model) re-read on
        # their own clock, whatever the batch's size: on a slow machine one of them
        # expired inside one batch and not the other.
        if sql.lstrip().upper().startswith("SELECT") and not _CACHE_READS.search(sql):
            seen.append(sql)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def test_one_answer_per_item_and_problems_stay_per_item(
    client: TestClient, auth: dict
) -> None:
    _people(client, auth, 1)
    slot = business_slot()
    items = [
        check_body("p0", planned_at=slot),
        check_body("nobody", planned_at=slot),
        check_body("p0", planned_at=slot, body="x" * (300 * 1024)),
    ]
    out = _batch(client, auth["integration"], items)
    assert [i["index"] for i in out["items"]] == [0, 1, 2]
    assert [i["status"] for i in out["items"]] == [200, 404, 413]
    assert out["items"][0]["result"]["check_id"]
    assert "nobody@acme.example" in out["items"][1]["problem"]["detail"]
    assert out["counts"]["error"] == 2


def test_queries_do_not_grow_with_the_batch(client: TestClient, auth: dict) -> None:
    keys = _people(client, auth, 13)
    slot = business_slot()
    # The first request also fills the process's caches (the content library).
    _batch(client, auth["integration"], [check_body(keys.pop(), planned_at=slot)])
    with _selects(client) as small:
        _batch(
            client,
            auth["integration"],
            [check_body(k, planned_at=slot) for k in keys[:2]],
        )
    with _selects(client) as large:
        _batch(
            client,
            auth["integration"],
            [check_body(k, planned_at=slot) for k in keys[2:]],
        )
    assert len(large) == len(small), large


def test_later_items_see_earlier_touches(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth, 1)
    slot = business_slot()
    out = _batch(client, auth["integration"], [check_body("p0", planned_at=slot)] * 2)
    first, second = (i["result"] for i in out["items"])
    assert first["verdict"] in ("allow", "warn")
    assert second["verdict"] in ("defer", "block"), second
    # The evidence names the first item's touch by its stored id.
    cited = {
        e["id"]
        for f in second["findings"]
        for e in f["evidence"]
        if e["source"] == "touch"
    }
    assert cited and cited <= {str(t) for t in db.scalars(select(Touch.id))}


def test_retried_items_replay_and_reused_keys_conflict(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth, 1)
    item = check_body("p0", planned_at=business_slot(), idempotency_key="crm-1")
    first = _batch(client, auth["integration"], [item])["items"][0]["result"]
    again = _batch(client, auth["integration"], [item, item])["items"]
    assert [a["result"]["check_id"] for a in again] == [first["check_id"]] * 2
    assert all(a["result"]["replayed"] for a in again)
    changed = {**item, "subject": "Something else"}
    conflict = _batch(client, auth["integration"], [changed])["items"][0]
    assert conflict["status"] == 409 and "crm-1" in conflict["problem"]["detail"]
    assert db.scalar(select(func.count()).select_from(Check)) == 1


def test_a_key_repeated_within_one_batch_is_decided_once(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth, 1)
    item = check_body("p0", planned_at=business_slot(), idempotency_key="crm-2")
    first, again = _batch(client, auth["integration"], [item, item])["items"]
    assert again["result"]["check_id"] == first["result"]["check_id"]
    assert again["result"]["replayed"] and not first["result"]["replayed"]
    assert again["result"]["findings"] == first["result"]["findings"]
    assert db.scalar(select(func.count()).select_from(Check)) == 1


def test_dry_runs_record_nothing(client: TestClient, auth: dict, db: Session) -> None:
    _people(client, auth, 1)
    item = check_body("p0", planned_at=business_slot(), dry_run=True)
    out = _batch(client, auth["integration"], [item])["items"][0]["result"]
    assert out["dry_run"] and out["check_id"] is None
    assert db.scalar(select(func.count()).select_from(Check)) == 0


def test_an_sdr_checks_only_their_own_sends(client: TestClient, auth: dict) -> None:
    _people(client, auth, 1)
    slot = business_slot()
    other = {**check_body("p0", planned_at=slot), "sender": {"email": "lee@x.example"}}
    out = _batch(client, auth["sdr"], [check_body("p0", planned_at=slot), other])
    assert [i["status"] for i in out["items"]] == [200, 403]


def test_more_than_the_limit_is_413(client: TestClient, auth: dict) -> None:
    item = check_body("p0", planned_at=business_slot(), body="Hi")
    answer = client.post(
        "/v1/checks:batch", json={"items": [item] * 1001}, headers=auth["integration"]
    )
    assert answer.status_code == 413
    assert answer.headers["content-type"] == "application/problem+json"
    assert "1000" in answer.json()["detail"]


def test_an_invalid_item_gets_its_own_422_and_the_others_are_decided(
    client: TestClient, auth: dict, db: Session
) -> None:
    _people(client, auth, 2)
    slot = business_slot()
    items = [
        check_body("p0", planned_at=slot),
        check_body("p1", planned_at=slot) | {"planned_at": "0001-01-01T00:00:00Z"},
        check_body("p1", planned_at=slot) | {"automated": "yes"},
        42,
        check_body("p1", planned_at=slot),
    ]
    out = _batch(client, auth["integration"], items)
    assert [i["status"] for i in out["items"]] == [200, 422, 422, 422, 200]
    bad = out["items"][1]["problem"]
    assert bad["title"] == "Invalid request"
    assert [e["field"] for e in bad["errors"]] == ["planned_at"]
    assert [e["field"] for e in out["items"][2]["problem"]["errors"]] == ["automated"]
    assert out["counts"]["error"] == 3
    assert db.scalar(select(func.count()).select_from(Check)) == 2


def test_one_template_to_many_contacts_answers_as_single_checks(
    client: TestClient, auth: dict
) -> None:
    # A sequence step sends one text to many contacts: the batch reads it once, and
    # each answer must still be the single check's, whatever the contact's history
    # and whatever language the caller names for the same text.
    keys = _people(client, auth, 3)
    slot = business_slot()
    post_touch(client, auth["integration"], "p1", slot - timedelta(days=2), "t-1")
    same = {"body": BUMP_BODY.format(name="there"), "dry_run": True}
    items = [check_body(k, planned_at=slot) | same for k in keys]
    items += [check_body(k, planned_at=slot) | same | {"language": "de"} for k in keys]
    batch = [i["result"] for i in _batch(client, auth["integration"], items)["items"]]
    single = [
        client.post("/v1/checks", json=i, headers=auth["integration"]).json()
        for i in items
    ]
    assert batch == single
    # The language named changes the answer: a batch that reused the English reading
    # for the German items would not have matched.
    assert batch[0] != batch[3]
