"""Plain functions that build what the API tests need, through the API itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from rules.engine.calendar import BusinessHours, ContactCalendar, zone

VALUE_BODY = (
    "Hi {name},\n\nThe integration guide for your data warehouse is ready: it shows how "
    "Acme's team connected us to Snowflake in one afternoon, with the security review "
    "checklist your IT team asked about.\n\nhttps://content.example.com/warehouse-guide\n\n"
    "Best,\nSam"
)
BUMP_BODY = "Hi {name},\n\nJust bumping this to the top of your inbox. Any thoughts?\n\nBest,\nSam"


def put_account(
    client: TestClient,
    headers: dict[str, str],
    external_id: str = "acme",
    **fields: Any,
) -> dict[str, Any]:
    body = {
        "name": "Acme Corp",
        "domain": "acme.example",
        "country": "DE",
        "timezone": "Europe/Berlin",
    }
    body.update(fields)
    response = client.put(f"/v1/accounts/{external_id}", json=body, headers=headers)
    assert response.status_code in (200, 201), response.text
    return response.json()


def put_contact(
    client: TestClient, headers: dict[str, str], key: str = "ada", **fields: Any
) -> dict[str, Any]:
    body = {
        "email": f"{key}@acme.example",
        "first_name": key.capitalize(),
        "last_name": "Example",
        "title": "VP Engineering",
        "account": "acme",
        "persona": "technical_evaluator",
        "position": "champion",
        "entry_point": True,
        "stage": "mql",
        "timezone": "Europe/Berlin",
        "country": "DE",
        "language": "en",
    }
    body.update(fields)
    response = client.put(f"/v1/contacts/crm-{key}", json=body, headers=headers)
    assert response.status_code in (200, 201), response.text
    return response.json()


def business_slot(
    now: datetime | None = None, *, tz: str = "Europe/Berlin", country: str = "DE"
) -> datetime:
    """10:00 on the next business day in the contact's zone: no quiet-hours noise."""
    now = now or datetime.now(UTC)
    cal = ContactCalendar(tz=zone(tz), country=country, hours=BusinessHours())
    day = cal.add_days(cal.local_date(now), 1)
    return cal.open_on(day) + timedelta(hours=2)


def check_body(
    key: str = "ada", *, planned_at: datetime, body: str = VALUE_BODY, **fields: Any
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "contact": {"email": f"{key}@acme.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Warehouse integration guide",
        "body": body.format(name=key.capitalize()),
        "planned_at": planned_at.isoformat(),
    }
    payload.update(fields)
    return payload


def post_touch(
    client: TestClient,
    headers: dict[str, str],
    key: str,
    sent_at: datetime,
    ext: str,
    **fields: Any,
) -> dict[str, Any]:
    body = {
        "external_id": ext,
        "contact": {"email": f"{key}@acme.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Intro",
        "body": "Hi, a short note about our warehouse integration guide.",
        "sent_at": sent_at.isoformat(),
    }
    body.update(fields)
    response = client.post("/v1/touches", json=body, headers=headers)
    assert response.status_code in (200, 201), response.text
    return response.json()
