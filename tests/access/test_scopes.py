"""What each key sees: an SDR their own sends, a manager their team's; keys by admins."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from guard.auth import create_key
from models import Sender, Team
from tests.builders import business_slot, check_body, put_account, put_contact


def _check(
    client: TestClient, headers: dict, sender: str = "sam@seller.example"
) -> dict:
    payload = check_body(planned_at=business_slot())
    payload["sender"] = {"email": sender}
    answer = client.post("/v1/checks", json=payload, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_an_sdr_checks_only_their_own_sends(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    payload = check_body(planned_at=business_slot())
    payload["sender"] = {"email": "lee@seller.example"}
    answer = client.post("/v1/checks", json=payload, headers=auth["sdr"])
    assert answer.status_code == 403 and "sam@seller.example" in answer.json()["detail"]


def test_sdrs_and_managers_see_their_own_checks(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    team = Team(name="enterprise")
    db.add(team)
    db.flush()
    db.add(Sender(email="sam@seller.example", team_id=team.id))
    _, lees = create_key(db, role="sdr", name="lee", sender_email="lee@seller.example")
    _, boss = create_key(db, role="manager", name="boss", team="enterprise")
    _, other = create_key(db, role="manager", name="other", team="smb")
    db.commit()
    sams = _check(client, auth["sdr"])
    mine = client.get("/v1/me/checks", headers=auth["sdr"]).json()
    assert [c["check_id"] for c in mine] == [sams["check_id"]]
    lee = {"Authorization": f"Bearer {lees}"}
    assert client.get("/v1/me/checks", headers=lee).json() == []
    assert client.get(f"/v1/checks/{sams['check_id']}", headers=lee).status_code == 404
    boss_view = client.get("/v1/me/checks", headers={"Authorization": f"Bearer {boss}"})
    assert [c["check_id"] for c in boss_view.json()] == [sams["check_id"]]
    other_view = client.get(
        f"/v1/checks/{sams['check_id']}", headers={"Authorization": f"Bearer {other}"}
    )
    assert other_view.status_code == 404


def test_me_checks_filters(client: TestClient, auth: dict) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    _check(client, auth["sdr"])
    allowed = client.get("/v1/me/checks?verdict=allow", headers=auth["sdr"]).json()
    blocked = client.get("/v1/me/checks?verdict=block", headers=auth["sdr"]).json()
    assert len(allowed) + len(blocked) <= 1 and blocked == []
    by_contact = client.get(
        "/v1/me/checks?contact=ADA@acme.example", headers=auth["sdr"]
    )
    assert len(by_contact.json()) == 1


def test_admins_create_list_and_revoke_keys(client: TestClient, auth: dict) -> None:
    made = client.post(
        "/v1/keys",
        json={"role": "sdr", "name": "zoe", "sender_email": "zoe@seller.example"},
        headers=auth["admin"],
    )
    assert made.status_code == 201
    key = made.json()["key"]
    listed = client.get("/v1/keys", headers=auth["admin"]).json()
    assert "key" not in listed[0] and any(k["name"] == "zoe" for k in listed)
    zoe = {"Authorization": f"Bearer {key}"}
    assert client.get("/v1/me/checks", headers=zoe).status_code == 200
    revoked = client.delete(f"/v1/keys/{made.json()['id']}", headers=auth["admin"])
    assert revoked.status_code == 204
    assert client.get("/v1/me/checks", headers=zoe).status_code == 401
