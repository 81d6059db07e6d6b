"""guard agents list | set-level, and guard mcp refusing to start without a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner, Result

from guard.cli import get_app
from guard.settings import get_settings
from models import Agent, AuditEvent


@pytest.fixture
def cli_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("GUARD_DATABASE_URL", url)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    assert run("db", "upgrade").exit_code == 0
    with Session(create_engine(url)) as db:
        db.add(Agent(agent_id="sdr-bot-1", level="supervised"))
        db.commit()
    yield url
    get_settings.cache_clear()


def run(*args: str) -> Result:
    return CliRunner().invoke(get_app(), list(args))


def test_set_level_is_audited_and_listed(cli_db: str) -> None:
    changed = run("agents", "set-level", "sdr-bot-1", "assisted", "--reason", "good")
    assert changed.exit_code == 0, changed.output
    assert "supervised -> assisted" in changed.output
    listed = run("agents", "list")
    assert "sdr-bot-1" in listed.output and "assisted" in listed.output
    with Session(create_engine(cli_db)) as db:
        event = db.scalar(
            select(AuditEvent).where(AuditEvent.subject_id == "sdr-bot-1")
        )
    assert event is not None and event.action == "agent.level_changed"
    assert event.actor.startswith("cli:") and event.data["reason"] == "good"


def test_unknown_level_is_one_line_and_exit_2(cli_db: str) -> None:
    result = run("agents", "set-level", "sdr-bot-1", "boss")
    assert result.exit_code == 2
    assert "level must be one of" in result.output


def test_unknown_agent_is_exit_2(cli_db: str) -> None:
    result = run("agents", "set-level", "nobody", "assisted")
    assert result.exit_code == 2 and "No agent 'nobody'" in result.output


def test_mcp_needs_a_key(cli_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GUARD_API_KEY", raising=False)
    result = run("mcp")
    assert result.exit_code == 2 and "GUARD_API_KEY" in result.output
