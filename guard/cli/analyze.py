"""`guard analyze`: JSON lines of planned sends in, one analysis per line out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.cli import app
from guard.cli.errors import fail
from models.domain import MessageAnalysis


@app.command("analyze")
def analyze(
    file: Annotated[
        Path | None,
        typer.Argument(
            help="JSON lines ({id, subject, body, language?}); stdin if omitted.",
            exists=True,
            dir_okay=False,
            readable=True,
        ),
    ] = None,
) -> None:
    """Classify outgoing messages: is_bump and its calibrated probability, intents,
    language and evidence spans."""
    if file is None:
        _run(sys.stdin)
        return
    with file.open(encoding="utf-8") as lines:
        _run(lines)


def _run(lines: IO[str]) -> None:
    for output in analyse_lines(lines):
        typer.echo(json.dumps(output, ensure_ascii=False))


def analyse_lines(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line; bad input stops with exit code 2."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item = _parse(line, number)
        analysis = analyse_outgoing(
            subject=item.get("subject") or "",
            body=item["body"],
            language=item.get("language") or None,
        )
        yield to_record(item["id"], analysis)


def _parse(line: str, number: int) -> dict[str, Any]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        raise fail(f"line {number}: not valid JSON ({error.msg})") from None
    if not isinstance(item, dict):
        raise fail(f"line {number}: expected a JSON object")
    if "id" not in item or not isinstance(item.get("body"), str):
        raise fail(f'line {number}: needs "id" and a string "body"')
    for key in ("subject", "language"):
        if item.get(key) is not None and not isinstance(item[key], str):
            raise fail(f'line {number}: "{key}" must be a string')
    return item


def to_record(item_id: Any, analysis: MessageAnalysis) -> dict[str, Any]:
    """The `guard analyze` output record of one analysis."""
    return {
        "id": item_id,
        "is_bump": analysis.is_bump,
        "bump_probability": analysis.bump_probability,
        "model_id": analysis.model_id,
        "language_unsupported": analysis.language_unsupported,
        "intents": sorted(analysis.intents),
        "language": analysis.language,
        "evidence": [
            {
                "label": s.label,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "field": s.field,
            }
            for s in analysis.spans
        ],
    }
