"""`guard rules simulate` and `guard teams add-sender` on a demo database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.cli import get_app
from guard.settings import get_settings
from models import Base, Sender, Team
from rules.engine.packs import DEFAULT_PACK_PATH
from tests.builders import business_slot


def checklist(planned: datetime) -> dict[str, object]:
    return {
        "contact": {"email": "katherine@northwind.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Rollout checklist",
        "body": "Hi Katherine,\n\nThe rollout checklist lists the three steps your "
        "operations team owns in week one: https://content.example.com/rollout-"
        f"checklist?week={planned:%V}\n\nBest,\nSam",
        "planned_at": planned.isoformat(),
    }


def run(*args: str) -> Result:
    return CliRunner().invoke(get_app(), list(args))


def counts(url: str) -> dict[str, int]:
    with Session(create_engine(url)) as db:
        return {
            t.name: db.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("GUARD_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    assert run("db", "upgrade").exit_code == 0
    # Without the stored review history: the counts below are Northwind's checks only.
    assert run("demo", "load", "--no-history").exit_code == 0
    slot = business_slot(tz="Europe/London", country="GB")
    # Katherine twice, a week apart: the enterprise pack allows both (4 per 30 days).
    for n, planned in enumerate((slot, slot + timedelta(days=7))):
        Path(f"k{n}.json").write_text(json.dumps(checklist(planned)))
        result = run("check", f"k{n}.json")
        assert json.loads(result.stdout)["verdict"] == "allow", result.output
    yield url
    get_settings.cache_clear()


def test_simulate_reports_changes_and_writes_nothing(demo_db: str) -> None:
    # Enterprise (the demo's team) may touch a contact twice in 30 days, not four
    # times: Katherine's second check (her third touch in 30 days) is now deferred.
    strict = DEFAULT_PACK_PATH.read_text().replace(
        "params: {max_per_7_days: 2, max_per_30_days: 4, min_gap_business_days: 3}",
        "params: {max_per_7_days: 2, max_per_30_days: 2, min_gap_business_days: 3}",
    )
    Path("strict.yaml").write_text(strict)
    before = counts(demo_db)
    result = run("rules", "simulate", "--pack", "strict.yaml", "--since", "1d")
    assert result.exit_code == 0, result.output
    assert counts(demo_db) == before
    assert result.stdout.startswith("Replayed 2 check(s) stored")
    assert "enterprise: 2 check(s)" in result.stdout
    report = json.loads(
        run("rules", "simulate", "--pack", "strict.yaml", "--json").stdout
    )
    assert report["checks"] == 2 and report["drifted"] == 0
    assert report["changed"] == 1
    assert report["transitions"] == [{"old": "allow", "new": "defer", "checks": 1}]
    assert report["examples"][0]["contact"] == "katherine@northwind.example"
    assert "cadence.contact" in report["examples"][0]["rules_added"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pack", "nope.yaml"], "cannot read the file"),
        (["--pack", "bad.yaml"], "unknown rule id"),
        (["--pack", "bad.yaml", "--since", "a month"], "--since must look like 30d"),
    ],
    ids=["missing pack", "invalid pack", "bad period"],
)
def test_bad_input_is_one_line_and_exit_2(
    demo_db: str, args: list[str], message: str
) -> None:
    Path("bad.yaml").write_text("rules: {cadence.everything: {}}")
    result = run("rules", "simulate", *args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert message in result.output


def test_simulate_without_a_migrated_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GUARD_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    get_settings.cache_clear()
    result = run("rules", "simulate", "--pack", str(DEFAULT_PACK_PATH))
    get_settings.cache_clear()
    assert result.exit_code == 2
    assert "run `guard db upgrade`" in result.output


def test_add_sender(demo_db: str) -> None:
    result = run(
        "teams", "add-sender", "--team", "smb", "--email", "Kim@Seller.example"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == "kim@seller.example added to team smb\n"
    assert "has no override for team 'smb'" in result.output
    moved = run(
        "teams", "add-sender", "--team", "enterprise", "--email", "kim@seller.example"
    )
    assert moved.stdout == "kim@seller.example moved to team enterprise\n"
    with Session(create_engine(demo_db)) as db:
        team = db.scalar(
            select(Team.name)
            .join(Sender, Sender.team_id == Team.id)
            .where(Sender.email == "kim@seller.example")
        )
    assert team == "enterprise"
    bad = run("teams", "add-sender", "--team", "smb", "--email", "kim")
    assert bad.exit_code == 2 and "--email must be an e-mail address" in bad.output
