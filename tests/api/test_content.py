"""/v1/content: the library every decision's suggestions come from."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.builders import business_slot, check_body, put_account, put_contact

ASSET = {
    "id": "plant-floor-case-study",
    "title": "Plant-floor case study",
    "url": "https://content.example.com/plant-floor",
    "why": "Shows an operations leader the first-month results at a comparable plant",
    "stages": ["mql"],
    "personas": ["technical_evaluator"],
    "topics": ["integration", "operations"],
    "languages": ["en"],
    "priority": 3,
}


def test_seeded_library_is_listed(client: TestClient, auth: dict) -> None:
    assets = client.get("/v1/content", headers=auth["sdr"]).json()
    assert len(assets) >= 20 and all(a["url"].startswith("https://") for a in assets)


def test_new_asset_is_suggested_at_once_and_never_twice(
    client: TestClient, auth: dict
) -> None:
    created = client.post("/v1/content", json=ASSET, headers=auth["integration"])
    assert created.status_code == 201, created.text
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    decision = client.post(
        "/v1/checks", json=check_body(planned_at=business_slot()), headers=auth["sdr"]
    ).json()
    urls = [s["url"] for s in decision["suggestions"]]
    assert ASSET["url"] in urls and len(urls) <= 3
    assert all(s["why"] for s in decision["suggestions"])
    client.post(
        "/v1/touches",
        json={
            "external_id": "sent-case-study",
            "contact": {"email": "ada@acme.example"},
            "sender": {"email": "sam@seller.example"},
            "channel": "email",
            "body": f"Here it is: {ASSET['url']}",
            "sent_at": business_slot().isoformat(),
        },
        headers=auth["integration"],
    )
    later = client.post(
        "/v1/checks",
        json=check_body(planned_at=business_slot(), dry_run=True),
        headers=auth["sdr"],
    ).json()
    assert ASSET["url"] not in [s["url"] for s in later["suggestions"]]


def test_edit_and_delete(client: TestClient, auth: dict) -> None:
    client.post("/v1/content", json=ASSET, headers=auth["integration"])
    changed = client.put(
        f"/v1/content/{ASSET['id']}",
        json={**ASSET, "title": "Plant case"},
        headers=auth["integration"],
    )
    assert changed.status_code == 200 and changed.json()["title"] == "Plant case"
    assert (
        client.post("/v1/content", json=ASSET, headers=auth["integration"]).status_code
        == 409
    )
    assert (
        client.delete(
            f"/v1/content/{ASSET['id']}", headers=auth["integration"]
        ).status_code
        == 204
    )
    assert (
        client.get(f"/v1/content/{ASSET['id']}", headers=auth["sdr"]).status_code == 404
    )


def test_invalid_asset_names_the_field(client: TestClient, auth: dict) -> None:
    answer = client.post(
        "/v1/content",
        json={**ASSET, "url": "http://insecure.example"},
        headers=auth["integration"],
    )
    assert answer.status_code == 422
    assert answer.json()["errors"][0]["field"] == "body.url"
    assert (
        client.post("/v1/content", json=ASSET, headers=auth["sdr"]).status_code == 403
    )
