"""`guard rules validate` and `guard rules explain`, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from guard.cli.rules import rules_app
from rules.engine.packs import DEFAULT_PACK_PATH, load_pack

runner = CliRunner()


def test_validate_default_pack() -> None:
    result = runner.invoke(rules_app, ["validate"])
    assert result.exit_code == 0, result.output
    revision = load_pack().revision
    assert result.output == f"ok: rules/default.yaml (revision {revision}, 20 rules)\n"


def test_validate_reports_every_problem_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = DEFAULT_PACK_PATH.read_text()
    text = text.replace("max_per_7_days: 3,", "max_per_7_days: three,")
    text = text.replace("ooo.alternate:", "ooo.alternative:")
    (tmp_path / "team.yaml").write_text(text)
    result = runner.invoke(rules_app, ["validate", "team.yaml"])
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[0].startswith(
        "team.yaml: rules.ooo.alternative: unknown rule id; known: ooo.active"
    )
    assert lines[1].startswith(
        "team.yaml: rules.cadence.contact.params.max_per_7_days: "
        "Input should be a valid integer"
    )


def test_validate_missing_file() -> None:
    result = runner.invoke(rules_app, ["validate", "/nonexistent/pack.yaml"])
    assert result.exit_code == 2
    assert "cannot read the file" in result.output


def test_explain_lists_rules_verdicts_and_parameters() -> None:
    result = runner.invoke(rules_app, ["explain"])
    assert result.exit_code == 0
    assert "ooo.active  [defer]" in result.output
    assert (
        "consent.suppressed  [block] (required, cannot be overridden)" in result.output
    )
    assert "    max_per_7_days = 3" in result.output
    assert "The contact is out of the office at the planned time." in result.output
    assert result.output.count("  parameters:") == 20


def test_commands_have_help() -> None:
    for command in ("validate", "explain"):
        result = runner.invoke(rules_app, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
