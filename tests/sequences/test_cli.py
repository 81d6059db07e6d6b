"""`guard sequence lint` as a user runs it: the report, --json, and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from guard.cli import get_app

EXAMPLE = Path(__file__).parents[2] / "docs/examples/q4-outbound.yaml"


def run(*args: str) -> Result:
    return CliRunner().invoke(get_app(), ["sequence", "lint", *args])


def test_example_fails_with_exit_1_and_names_every_mistake() -> None:
    result = run(str(EXAMPLE), "--start", "2026-12-07")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert out.startswith("Sequence q4-outbound: 5 step(s) × 88 representative")
    for expected in (
        "block   duplicate across channels (cadence.duplicate)",
        "rewrite bump (bump.premature)",
        "rewrite premature ask (stage.premature_ask)",
        "defer   quiet hours (timing.quiet_hours)",
        "Thu 17 Dec 19:30",
        "content to send instead:",
    ):
        assert expected in out, expected


def test_json_and_fail_on_never_exit_0() -> None:
    result = run(str(EXAMPLE), "--json", "--fail-on", "never", "--start", "2026-12-07")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["failed"] is False and report["worst"] == "block"
    assert [s["channel"] for s in report["steps"]][:2] == ["email", "linkedin"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.yaml"], "error: cannot read missing.yaml"),
        (["BAD"], "unknown placeholder {firstname}"),
        ([str(EXAMPLE), "--start", "7/12/2026"], "--start must be a date"),
        ([str(EXAMPLE), "--fail-on", "sometimes"], "--fail-on must be one of"),
    ],
    ids=["missing file", "bad template", "bad date", "bad threshold"],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("BAD").write_text("name: x\nsteps: [{channel: email, body: 'Hi {firstname}'}]")
    result = run(*args)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1
    assert message in result.output
