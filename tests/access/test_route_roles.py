"""Every route of the API × every role: who gets in, who gets 401, who gets 403.

The table below is the access policy (DESIGN §9). A route missing from it fails the
test, so a new endpoint cannot ship without a decision about who may call it.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.auth import create_key

ALL = {"admin", "manager", "sdr", "integration"}
PUBLIC = "public"
SIGNED = "signed"  # an integration key *and* a webhook signature

EXPECTED: dict[tuple[str, str], set[str] | str] = {
    ("GET", "/healthz"): PUBLIC,
    ("GET", "/readyz"): PUBLIC,
    ("POST", "/v1/checks"): {"admin", "manager", "sdr", "integration"},
    ("POST", "/v1/checks:batch"): {"admin", "manager", "sdr", "integration"},
    ("GET", "/v1/checks/{check_id}"): ALL,
    ("GET", "/v1/me/checks"): ALL,
    ("PUT", "/v1/accounts/{external_id}"): {"admin", "manager", "integration"},
    ("PUT", "/v1/contacts/{external_id}"): {"admin", "manager", "integration"},
    ("POST", "/v1/contacts:bulk"): {"admin", "manager", "integration"},
    ("GET", "/v1/contacts/{ref}/cadence"): ALL,
    ("GET", "/v1/contacts/{ref}/export"): {"admin"},
    ("DELETE", "/v1/contacts/{ref}"): {"admin"},
    ("POST", "/v1/touches"): {"admin", "manager", "integration"},
    ("POST", "/v1/absences"): {"admin", "manager", "integration"},
    ("DELETE", "/v1/absences/{absence_id}"): {"admin", "manager", "integration"},
    ("POST", "/v1/inbound"): {"admin", "integration"},
    ("GET", "/v1/content"): ALL,
    ("POST", "/v1/content"): {"admin", "manager", "integration"},
    ("GET", "/v1/content/{asset_id}"): ALL,
    ("PUT", "/v1/content/{asset_id}"): {"admin", "manager", "integration"},
    ("DELETE", "/v1/content/{asset_id}"): {"admin", "manager", "integration"},
    ("POST", "/v1/hooks/pre-dispatch"): SIGNED,
    ("GET", "/v1/reviews"): {"admin", "manager"},
    ("GET", "/v1/reviews/{review_id}"): {"admin", "manager"},
    ("POST", "/v1/reviews/{review_id}/approve"): {"admin", "manager"},
    ("POST", "/v1/reviews/{review_id}/reject"): {"admin", "manager"},
    ("POST", "/v1/reviews/{review_id}/edit"): {"admin", "manager"},
    ("GET", "/v1/keys"): {"admin"},
    ("POST", "/v1/keys"): {"admin"},
    ("DELETE", "/v1/keys/{key_id}"): {"admin"},
    ("PUT", "/v1/senders/{email}"): {"admin", "manager", "integration"},
    ("GET", "/v1/senders/{email}"): ALL,
    # Graph calls it without a key; the subscription's clientState is its proof
    # (tests/mail/test_graph_notifications.py).
    ("POST", "/v1/mail/graph/notifications"): PUBLIC,
    ("POST", "/v1/policy:simulate"): {"admin", "manager"},
    ("POST", "/v1/sequences:lint"): ALL,
    ("GET", "/v1/contacts/{email}/suppressions"): {"admin", "manager"},
    ("POST", "/v1/suppressions/{event_id}/reverse"): {"admin"},
    ("GET", "/v1/contacts/{ref}/suggestions"): ALL,
    ("GET", "/v1/rules/{rule_id}"): ALL,
    ("GET", "/v1/agents"): {"admin", "manager"},
    ("GET", "/v1/agents/{agent_id}"): {"admin", "manager"},
    ("PUT", "/v1/agents/{agent_id}"): {"admin", "manager"},
    # A Prometheus scraper's key reads this and nothing else.
    ("GET", "/metrics"): {"admin", "metrics"},
}


def _routes(client: TestClient) -> list[tuple[str, str]]:
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return [(m.upper(), p) for p, ops in paths.items() for m in ops]


def _call(client: TestClient, method: str, path: str, headers: dict) -> int:
    url = re.sub(r"\{[^}]+\}", "x1", path)
    body = {} if method in ("POST", "PUT") else None
    return client.request(method, url, json=body, headers=headers).status_code


def test_every_route_has_an_expectation(client: TestClient) -> None:
    missing = [f"{m} {p}" for m, p in _routes(client) if (m, p) not in EXPECTED]
    assert not missing, (
        f"add these routes to EXPECTED with who may call them: {missing}"
    )


@pytest.mark.parametrize(
    "role", [None, "admin", "manager", "sdr", "integration", "metrics"]
)
def test_route_role_matrix(
    client: TestClient, auth: dict, db: Session, role: str | None
) -> None:
    if role == "metrics":
        auth = {**auth, "metrics": _key(db, "metrics")}
    headers = auth[role] if role else {}
    wrong = []
    for method, path in _routes(client):
        allowed = EXPECTED.get((method, path))
        status = _call(client, method, path, headers)
        if allowed == PUBLIC:
            ok = status not in (401, 403)
        elif allowed == SIGNED:
            ok = status == 401  # no signature: refused, whoever the key belongs to
        elif role is None:
            ok = status == 401
        elif role in allowed:
            ok = status not in (401, 403)
        else:
            ok = status == 403
        if not ok:
            wrong.append(f"{method} {path} as {role or 'no key'}: {status}")
    assert not wrong, wrong


def _key(db: Session, role: str) -> dict[str, str]:
    _, raw = create_key(db, role=role, name=f"matrix-{role}")
    db.commit()
    return {"Authorization": f"Bearer {raw}"}
