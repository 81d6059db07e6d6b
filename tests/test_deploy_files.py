"""The deployment files, read statically (no container engine here): docker-compose.yml
runs only real `guard` commands and sets only real settings; the image is multi-stage,
unprivileged and reports its health; the stack is two API replicas behind nginx, two
workers, PostgreSQL and PgBouncer in transaction mode, each restarted and health-checked,
each given longer to stop than it takes to drain."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from guard.cli import get_app
from guard.cli.serve import GRACEFUL_SHUTDOWN_SECONDS
from guard.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCKERFILE = (ROOT / "Dockerfile").read_text().splitlines()


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


def _serving(command: str) -> list[str]:
    return [
        name
        for name, svc in SERVICES.items()
        if svc.get("command", [])[:2] == ["guard", command]
    ]


LONG_RUNNING = ["db", "pgbouncer", "proxy", *_serving("serve"), *_serving("worker")]


@pytest.mark.parametrize("name", LONG_RUNNING)
def test_long_running_services_restart_and_report_their_health(name: str) -> None:
    service = SERVICES[name]
    assert service.get("restart") == "unless-stopped"
    assert service.get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_the_worker_healthcheck_reads_the_heartbeat_the_worker_writes() -> None:
    worker = SERVICES["worker"]
    beat = worker["environment"]["GUARD_WORKER_HEARTBEAT_FILE"]
    assert beat in " ".join(worker["healthcheck"]["test"])


def _stage(lines: list[str]) -> list[str]:
    """The final stage's lines (after the last FROM)."""
    last = max(i for i, ln in enumerate(lines) if ln.startswith("FROM "))
    return lines[last:]


def test_the_image_is_multi_stage_unprivileged_and_health_checked() -> None:
    assert sum(ln.startswith("FROM ") for ln in DOCKERFILE) >= 2
    final = _stage(DOCKERFILE)
    assert any(ln.startswith("COPY --from=") for ln in final)
    users = [ln.split()[1] for ln in final if ln.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in ("root", "0"), users
    assert any(ln.startswith("HEALTHCHECK ") for ln in final)
    # What the build stage compiled is all the runtime stage gets: no pip in it.
    assert not any("pip install" in ln for ln in final)


def test_two_api_replicas_behind_nginx() -> None:
    apis = _serving("serve")
    assert len(apis) == 2, apis
    conf = (ROOT / "deploy" / "nginx.conf").read_text()
    upstream = re.findall(r"server (\S+):8000", conf)
    assert sorted(upstream) == sorted(apis)
    proxy = SERVICES["proxy"]
    assert "nginx" in proxy["image"]
    assert any("deploy/nginx.conf" in v for v in proxy["volumes"])
    assert set(apis) <= set(proxy["depends_on"])
    # Only the proxy is published; the replicas are reached through it.
    assert not any(SERVICES[a].get("ports") for a in apis)


def test_two_workers() -> None:
    replicas = sum(
        SERVICES[name].get("deploy", {}).get("replicas", 1)
        for name in _serving("worker")
    )
    assert replicas == 2


def test_the_api_and_workers_reach_postgresql_through_pgbouncer_in_transaction_mode() -> (
    None
):
    ini = (ROOT / "deploy" / "pgbouncer" / "pgbouncer.ini").read_text()
    assert re.search(r"^pool_mode = transaction$", ini, re.M)
    for name in _serving("serve") + _serving("worker"):
        env = SERVICES[name]["environment"]
        assert "@pgbouncer:6432/" in env["GUARD_DATABASE_URL"], name
        assert env["GUARD_DATABASE_POOLING"] == "transaction", name


def _seconds(value: str) -> float:
    number, unit = re.fullmatch(r"(\d+)(s|m)", value).groups()  # type: ignore[union-attr]
    return float(number) * (60 if unit == "m" else 1)


@pytest.mark.parametrize("name", _serving("serve"))
def test_an_api_replica_has_longer_to_stop_than_uvicorn_takes_to_drain(
    name: str,
) -> None:
    grace = _seconds(SERVICES[name]["stop_grace_period"])
    assert grace > GRACEFUL_SHUTDOWN_SECONDS


def test_the_image_installs_every_package_of_the_service() -> None:
    # The image runs `pip install .`: a folder of modules setuptools does not find
    # (no __init__.py) is missing there: `guard serve` fails on its import, and
    # `guard migrate` finds no revisions.
    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    found = set(find_packages(where=str(ROOT), include=include))
    folders = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for top in ("guard", "rules", "models")
        for p in (ROOT / top).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert folders - found == set()


def test_the_image_builds_its_regex_cache_where_the_service_reads_it() -> None:
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    run = lines.index("RUN guard warm-cache")
    runtime = max(i for i, ln in enumerate(lines) if ln.startswith("FROM "))
    env = "\n".join(lines[runtime:run])
    assert run > runtime  # in the image that serves, after GUARD_CACHE_DIR is set
    assert "GUARD_CACHE_DIR=/opt/guard/cache" in env
    # Built as root before USER: the service only reads it.
    assert lines.index("USER guard:guard") > run


def test_warm_cache_fills_a_file_per_language_and_the_inbound_lexicon(
    tmp_path: Path,
) -> None:
    from guard.analysis.text.language import SUPPORTED

    env = {**os.environ, "GUARD_CACHE_DIR": str(tmp_path / "cache")}
    env["GUARD_STATE_DIR"] = str(tmp_path / "state")
    done = subprocess.run(
        [sys.executable, "-m", "guard", "warm-cache"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    kept = {
        re.sub(r"-[0-9a-f]+\.marshal$", "", p.name)
        for p in (tmp_path / "cache").iterdir()
    }
    assert kept == {f"regex-spacy-{lang}" for lang in SUPPORTED} | {
        "regex-inbound-lexicon"
    }
