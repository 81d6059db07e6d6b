"""`guard inbound parse`: JSON lines in and out, exit 2 on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import guard.cli.inbound  # noqa: F401  (registers the command group)
from guard.cli import app

OOO = {
    "id": "r1",
    "headers": {"Auto-Submitted": "auto-replied"},
    "subject": "Automatic reply: Pricing",
    "body": (
        "I am out of the office until 24 November. Please contact Jane Doe "
        "(jane@acme.com)."
    ),
    "sent_at": "2025-11-19T09:30:00Z",
}
BOUNCE = {
    "id": "r2",
    "headers": {"Content-Type": "multipart/report; report-type=delivery-status"},
    "subject": "Undeliverable: Pricing",
    "body": "550 5.1.1 User unknown",
    "sent_at": None,
}
HUMAN = {
    "id": "r3",
    "headers": {},
    "subject": "Re: Pricing",
    "body": "Not interested, please remove me from your list.",
    "sent_at": "2025-11-19T09:30:00+01:00",
    "country": "DE",
}


def _lines(*items: object) -> str:
    return "".join(
        (item if isinstance(item, str) else json.dumps(item)) + "\n" for item in items
    )


def test_parses_json_lines_from_stdin() -> None:
    result = CliRunner().invoke(
        app, ["inbound", "parse"], input=_lines(OOO, BOUNCE, HUMAN)
    )

    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["kind"] for o in out] == ["ooo", "bounce", "human"]
    assert out[0]["returns_on"] == "2025-11-24"
    assert out[0]["alternate_contacts"] == [
        {"name": "Jane Doe", "email": "jane@acme.com"}
    ]
    assert {e["label"] for e in out[0]["evidence"]} >= {"ooo_phrase", "return_date"}
    assert out[2]["intents"] == ["negative", "unsubscribe"]
    assert set(out[0]) >= {
        "id",
        "kind",
        "returns_on",
        "last_day_away",
        "alternate_contacts",
        "evidence",
        "intents",
        "confidence",
    }


def test_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "replies.jsonl"
    path.write_text(_lines(OOO), encoding="utf-8")

    result = CliRunner().invoke(app, ["inbound", "parse", str(path)])

    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "r1"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("{not json", "line 2: not JSON"),
        (
            json.dumps({"id": "x"}),
            'line 2: expected an object with at least "id" and "body"',
        ),
        (
            json.dumps({"id": "x", "body": "hi", "sent_at": "yesterday"}),
            "line 2: \"sent_at\" 'yesterday'",
        ),
        (
            json.dumps({"id": "x", "body": "hi", "headers": ["a"]}),
            'line 2: "headers" must be an object',
        ),
    ],
    ids=["not json", "no body", "bad sent_at", "headers not an object"],
)
def test_bad_line_exits_2_naming_the_line(bad: str, message: str) -> None:
    result = CliRunner().invoke(app, ["inbound", "parse"], input=_lines(OOO, bad))

    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["inbound", "parse", str(tmp_path / "nope.jsonl")])

    assert result.exit_code == 2
    assert "no such file" in result.stderr
