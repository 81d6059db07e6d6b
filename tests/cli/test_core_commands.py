"""guard db / keys / check / demo: what a user types, what they see, the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.auth import hash_key
from guard.cli import get_app
from guard.settings import get_settings
from models import ApiKey, Check


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("GUARD_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(get_app(), list(args), input=input)


def _count(url: str, table: type) -> int:
    with Session(create_engine(url)) as db:
        return db.scalar(select(func.count()).select_from(table)) or 0


def test_upgrade_demo_and_key(cli_db: str) -> None:
    assert run("db", "upgrade").exit_code == 0
    loaded = run("demo", "load")
    assert loaded.exit_code == 0, loaded.output
    assert Path(".guard-demo-key").read_text().startswith("cg_")
    created = CliRunner().invoke(
        get_app(), ["keys", "create", "--role", "sdr", "--name", "sam"]
    )
    assert created.exit_code == 0
    key = created.stdout.strip()
    assert key.startswith("cg_") and "\n" not in key
    with Session(create_engine(cli_db)) as db:
        stored = db.scalar(select(ApiKey).where(ApiKey.name == "sam"))
    assert stored.key_hash == hash_key(key) and stored.role == "sdr"
    assert key not in stored.key_hash


def test_unknown_role_is_one_line_and_exit_2(cli_db: str) -> None:
    run("db", "upgrade")
    result = run("keys", "create", "--role", "boss", "--name", "x")
    assert result.exit_code == 2
    assert "--role must be one of" in result.output


def test_check_prints_the_decision(cli_db: str, tmp_path: Path) -> None:
    run("db", "upgrade")
    run("demo", "load")
    # The demo carries three weeks of stored checks (the manager dashboard's history).
    before = _count(cli_db, Check)
    payload = {
        "contact": {"email": "bob@northwind.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "body": "Hi Bob, the admin guide: https://content.example.com/admin-guide",
        "planned_at": "2026-11-23T10:00:00Z",
    }
    path = tmp_path / "send.json"
    path.write_text(json.dumps(payload))
    result = run("check", str(path))
    assert result.exit_code == 0, result.output
    decision = json.loads(result.stdout)
    assert decision["verdict"] == "block"
    assert "consent.suppressed" in [f["rule"] for f in decision["findings"]]
    assert _count(cli_db, Check) == before + 1


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "Invalid JSON"),
        (json.dumps({"contact": {"email": "a@b.example"}}), "sender"),
        (
            json.dumps(
                {
                    "contact": {"email": "nobody@x.example"},
                    "sender": {"email": "s@seller.example"},
                    "channel": "email",
                    "planned_at": "2026-11-23T10:00:00Z",
                }
            ),
            "No contact",
        ),
        (
            json.dumps(
                {
                    "contact": {"email": "ada@northwind.example"},
                    "sender": {"email": "s@seller.example"},
                    "channel": "email",
                    "planned_at": "2026-11-23T10:00:00",
                }
            ),
            "planned_at",
        ),
    ],
    ids=["malformed JSON", "missing fields", "unknown contact", "time without a zone"],
)
def test_bad_check_files(
    cli_db: str, tmp_path: Path, content: str, expected: str
) -> None:
    run("db", "upgrade")
    run("demo", "load")
    before = _count(cli_db, Check)  # the demo's stored history
    path = tmp_path / "bad.json"
    path.write_text(content)
    result = run("check", str(path))
    assert result.exit_code == 2
    assert expected in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert _count(cli_db, Check) == before


def test_missing_file(cli_db: str) -> None:
    result = run("check", "nope.json")
    assert result.exit_code == 2 and "nope.json" in result.output


def test_serve_refuses_a_broken_policy_pack(
    cli_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pack = tmp_path / "pack.yaml"
    default = (
        Path(__file__).resolve().parents[2] / "rules" / "default.yaml"
    ).read_text()
    pack.write_text(default.replace("max_per_7_days: 3", "max_per_7_days: lots", 1))
    monkeypatch.setenv("GUARD_POLICY_PACK", str(pack))
    get_settings.cache_clear()
    result = run("serve", "--port", "1")
    assert result.exit_code == 2
    assert "max_per_7_days" in result.output and "pack.yaml" in result.output
