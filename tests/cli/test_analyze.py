"""`guard analyze` as a user meets it: JSON lines in and out, exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import guard.cli.analyze  # noqa: F401  (registers the command)
from guard.cli import app

BUMP = {
    "id": "m1",
    "subject": "Re: our demo",
    "body": "Hi Ann,\n\nJust bumping this to the top of your inbox. Any thoughts?\n\n"
    "Best,\nSam",
}
VALUE = {
    "id": "m2",
    "subject": "Benchmark for your team",
    "body": "Hallo Anna,\n\nich wollte kurz nachhaken: hier ist die Fallstudie, wie "
    "ein Kunde die Durchlaufzeit von 9 auf 4 Tage gesenkt hat: "
    "https://example.com/fallstudie\n\nBeste Grüße\nSam",
    "language": "de",
}


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    try:
        from guard.cli import get_app

        return get_app()
    except ImportError:
        # Sibling command modules still being written: the analyze command suffices.
        return app


def _invoke(cli: typer.Typer, args: list[str], stdin: str | None = None):
    runner = CliRunner()
    if len(cli.registered_commands) + len(cli.registered_groups) > 1:
        args = ["analyze", *args]
    return runner.invoke(cli, args, input=stdin)


def _lines(*items: object) -> str:
    return "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items)


class TestAnalyze:
    def test_stdin_to_json_lines(self, cli: typer.Typer) -> None:
        result = _invoke(cli, [], _lines(BUMP, VALUE))
        assert result.exit_code == 0, result.output
        out = [json.loads(line) for line in result.stdout.splitlines()]
        assert [o["id"] for o in out] == ["m1", "m2"]
        assert out[0]["is_bump"] is True and "bump" in out[0]["intents"]
        assert out[0]["language"] == "en"
        assert out[1]["is_bump"] is False and out[1]["language"] == "de"
        for record, item in zip(out, (BUMP, VALUE), strict=True):
            for ev in record["evidence"]:
                source = item["body"] if ev["field"] == "body" else item["subject"]
                assert source[ev["start"] : ev["end"]] == ev["text"]

    def test_file_argument(self, cli: typer.Typer, tmp_path: Path) -> None:
        path = tmp_path / "sends.jsonl"
        path.write_text(_lines(BUMP) + "\n", encoding="utf-8")
        result = _invoke(cli, [str(path)])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["id"] == "m1"

    @pytest.mark.parametrize(
        ("bad_line", "needle"),
        [
            ("{not json", "not valid JSON"),
            ('["a list"]', "expected a JSON object"),
            ('{"id": 3}', '"body"'),
            ('{"id": 3, "body": "x", "language": 7}', '"language"'),
        ],
        ids=["broken json", "not an object", "no body", "language not a string"],
    )
    def test_bad_line_exits_2_naming_the_line(
        self, cli: typer.Typer, bad_line: str, needle: str
    ) -> None:
        result = _invoke(cli, [], _lines(BUMP) + bad_line + "\n")
        assert result.exit_code == 2
        error_lines = result.stderr.strip().splitlines()
        assert len(error_lines) == 1
        assert "line 2" in error_lines[0] and needle in error_lines[0]
