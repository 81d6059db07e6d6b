"""PUT /v1/senders and team policies: the check runs under, and records, its team."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.auth import create_key
from models import Check, Sender, Team
from rules.engine.calendar import BusinessHours, ContactCalendar, zone
from tests.builders import (
    business_slot,
    check_body,
    post_touch,
    put_account,
    put_contact,
)


def two_business_days_before(slot: datetime) -> datetime:
    cal = ContactCalendar(tz=zone("Europe/Berlin"), country="DE", hours=BusinessHours())
    day = cal.add_days(cal.local_date(slot), -2)
    return cal.open_on(day) + timedelta(hours=2)


class TestPutSender:
    @pytest.mark.parametrize(
        ("role", "status"),
        [("admin", 201), ("integration", 201), ("sdr", 403)],
    )
    def test_roles(
        self, client: TestClient, auth: dict, role: str, status: int
    ) -> None:
        answer = client.put(
            "/v1/senders/Sam@Seller.example",
            json={"team": "enterprise", "name": "Sam"},
            headers=auth[role],
        )
        assert answer.status_code == status, answer.text

    def test_creates_then_moves_and_flags_teams_the_pack_lacks(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        url = "/v1/senders/sam@seller.example"
        first = client.put(url, json={"team": "enterprise"}, headers=auth["admin"])
        assert first.status_code == 201
        assert first.json() == {
            "email": "sam@seller.example",
            "name": None,
            "team": "enterprise",
            "team_in_pack": True,
            "away": None,  # the worker has not read the rep's mailbox yet
        }
        moved = client.put(url, json={"team": "smb"}, headers=auth["admin"])
        assert moved.status_code == 200
        assert moved.json()["team_in_pack"] is False
        teams = db.scalars(select(Team.name).order_by(Team.name)).all()
        assert teams == ["enterprise", "smb"]
        assert db.scalar(select(func.count(Sender.id))) == 1

    def test_bad_email_is_422(self, client: TestClient, auth: dict) -> None:
        answer = client.put(
            "/v1/senders/not-an-address", json={"team": "x"}, headers=auth["admin"]
        )
        assert answer.status_code == 422


def _manager_of(db: Session, team: str) -> dict[str, str]:
    _, raw = create_key(db, role="manager", name=f"{team}-manager", team=team)
    db.commit()
    return {"Authorization": f"Bearer {raw}"}


class TestTeamReach:
    """Managers work within their own team; integrations never take a seller out of
    a team; admins may move anyone."""

    URL = "/v1/senders/sam@seller.example"

    def test_a_manager_cannot_take_another_teams_seller(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        client.put(self.URL, json={"team": "smb"}, headers=auth["admin"])
        mine = _manager_of(db, "enterprise")
        for wanted in ("enterprise", None, "smb"):
            answer = client.put(
                self.URL, json={"team": wanted, "name": "Mine"}, headers=mine
            )
            assert answer.status_code == 403, answer.text
            assert answer.headers["content-type"] == "application/problem+json"
            assert "'smb'" in answer.json()["detail"]
        team = db.scalar(select(Team.name).join(Sender, Sender.team_id == Team.id))
        assert team == "smb"

    def test_a_manager_places_sellers_in_their_own_team_only(
        self, client: TestClient, db: Session
    ) -> None:
        mine = _manager_of(db, "enterprise")
        elsewhere = client.put(self.URL, json={"team": "smb"}, headers=mine)
        assert elsewhere.status_code == 403
        joined = client.put(self.URL, json={"team": "enterprise"}, headers=mine)
        assert joined.status_code == 201, joined.text
        renamed = client.put(
            self.URL, json={"team": "enterprise", "name": "Sam"}, headers=mine
        )
        assert renamed.status_code == 200
        released = client.put(self.URL, json={"team": None}, headers=mine)
        assert released.status_code == 200 and released.json()["team"] is None

    def test_a_manager_key_without_a_team_places_nobody(
        self, client: TestClient, auth: dict
    ) -> None:
        answer = client.put(self.URL, json={"team": "smb"}, headers=auth["manager"])
        assert answer.status_code == 403

    def test_an_integration_places_new_sellers_but_moves_nobody(
        self, client: TestClient, auth: dict, db: Session
    ) -> None:
        crm = auth["integration"]
        assert (
            client.put(self.URL, json={"team": "smb"}, headers=crm).status_code == 201
        )
        same = client.put(self.URL, json={"team": "smb", "name": "Sam"}, headers=crm)
        assert same.status_code == 200
        for wanted in ("enterprise", None):
            moved = client.put(self.URL, json={"team": wanted}, headers=crm)
            assert moved.status_code == 403, moved.text
        admin = client.put(self.URL, json={"team": "enterprise"}, headers=auth["admin"])
        assert admin.status_code == 200


def test_enterprise_sender_gets_the_override_and_the_check_records_it(
    client: TestClient, auth: dict, db: Session
) -> None:
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"])
    client.put(
        "/v1/senders/sam@seller.example",
        json={"team": "enterprise"},
        headers=auth["integration"],
    )
    slot = business_slot()
    post_touch(client, auth["integration"], "ada", two_business_days_before(slot), "t1")
    # Two business days since the last touch: enough for the default pack (2), not
    # for enterprise (3).
    sam = client.post(
        "/v1/checks", json=check_body(planned_at=slot), headers=auth["sdr"]
    )
    lee = client.post(
        "/v1/checks",
        json=check_body(planned_at=slot, sender={"email": "lee@seller.example"}),
        headers=auth["admin"],  # an sdr key checks only its own sender's sends
    )
    assert sam.json()["verdict"] == "defer", sam.text
    assert "cadence.contact" in {f["rule"] for f in sam.json()["findings"]}
    assert "cadence.contact" not in {f["rule"] for f in lee.json()["findings"]}
    revision = client.app.state.policy.revision  # type: ignore[attr-defined]
    rows = {c.sender_email: c for c in db.scalars(select(Check)).all()}
    assert rows["sam@seller.example"].team == "enterprise"
    assert rows["lee@seller.example"].team is None
    assert {c.pack_revision for c in rows.values()} == {revision}
    assert sam.json()["pack_revision"] == revision
