"""docker-compose.yml runs only real `guard` commands and sets only real settings."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from guard.cli import get_app
from guard.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _commands() -> list[list[str]]:
    return [svc["command"] for svc in COMPOSE["services"].values() if "command" in svc]


def _env_names() -> set[str]:
    names: set[str] = set()
    for svc in COMPOSE["services"].values():
        env = svc.get("environment") or {}
        names.update(env if isinstance(env, dict) else (e.split("=")[0] for e in env))
    return {n for n in names if n.startswith("GUARD_")}


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c))
def test_every_compose_command_is_a_guard_command(command: list[str]) -> None:
    if command[0] != "guard":
        return  # not ours (the database image)
    # `--help` after the full command line proves each word and option parses.
    result = CliRunner().invoke(get_app(), [*command[1:], "--help"])
    assert result.exit_code == 0, result.output


def test_every_guard_variable_in_compose_is_a_setting() -> None:
    known = {f"GUARD_{name.upper()}" for name in Settings.model_fields}
    names = _env_names()
    assert names, "compose sets no GUARD_* variables"
    assert names <= known, names - known


def test_dockerfile_default_command_is_a_guard_command() -> None:
    line = next(
        ln
        for ln in (ROOT / "Dockerfile").read_text().splitlines()
        if ln.startswith("CMD")
    )
    command = yaml.safe_load(line.removeprefix("CMD").strip())
    result = CliRunner().invoke(get_app(), [*command[1:], "--help"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", ["db", "api", "worker"])
def test_long_running_services_restart_and_report_their_health(name: str) -> None:
    service = COMPOSE["services"][name]
    assert service.get("restart") == "unless-stopped"
    assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_the_worker_healthcheck_reads_the_heartbeat_the_worker_writes() -> None:
    worker = COMPOSE["services"]["worker"]
    beat = worker["environment"]["GUARD_WORKER_HEARTBEAT_FILE"]
    assert beat in " ".join(worker["healthcheck"]["test"])
