"""`guard inbound parse`: classify replies offline, JSON lines in, JSON lines out."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Annotated, TextIO

import typer

from guard.analysis.inbound.analyse import parse_inbound
from guard.cli import app
from guard.cli.errors import fail
from models.bounds import check_instant
from models.domain import InboundAnalysis

inbound_app = typer.Typer(help="Inbound replies: auto-replies, bounces, human answers.")
app.add_typer(inbound_app, name="inbound")


@inbound_app.command("parse")
def parse(
    file: Annotated[
        Path | None,
        typer.Argument(help="JSON lines file; reads standard input when omitted."),
    ] = None,
) -> None:
    """Parse replies: one {"id","headers","subject","body","sent_at"} object a line.

    Prints one {"id","kind","returns_on","last_day_away","alternate_contacts",
    "evidence","intents","confidence"} object a line. A bad line stops with exit code 2.
    """
    if file is not None and not file.exists():
        raise fail(f"{file}: no such file")
    with file.open(encoding="utf-8") if file else _stdin() as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                request = _request(line)
            except ValueError as exc:
                raise fail(f"line {number}: {exc}") from None
            typer.echo(json.dumps(_answer(request.pop("id"), parse_inbound(**request))))


def _stdin() -> TextIO:
    # typer's CliRunner swaps sys.stdin, so look it up at call time
    return _NotClosing(sys.stdin)


class _NotClosing:
    """Use stdin in a `with` block without closing it."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        return None

    def __iter__(self) -> Iterator[str]:
        return iter(self.stream)


def _request(line: str) -> dict:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict) or "body" not in data:
        raise ValueError('expected an object with at least "id" and "body"')
    headers = data.get("headers") or {}
    if not isinstance(headers, dict):
        raise ValueError('"headers" must be an object of header names to values')
    return {
        "id": data.get("id"),
        "headers": {str(k): str(v) for k, v in headers.items()},
        "subject": str(data.get("subject") or headers.get("Subject") or ""),
        "body": str(data["body"] or ""),
        "sent_at": _sent_at(data.get("sent_at")),
        "country": data.get("country"),
        "language": data.get("language"),
    }


def _sent_at(value: object) -> datetime | None:
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return check_instant(parsed)
    except ValueError:
        raise ValueError(
            f'"sent_at" {value!r} is not an ISO 8601 date-time between 1970 and 2200'
        ) from None


def _answer(id_: object, result: InboundAnalysis) -> dict:
    return {
        "id": id_,
        "kind": result.kind,
        "bounce_type": result.bounce_type,
        "language": result.language,
        "returns_on": result.returns_on.isoformat() if result.returns_on else None,
        "last_day_away": result.last_day_away.isoformat()
        if result.last_day_away
        else None,
        "starts_on": result.starts_on.isoformat() if result.starts_on else None,
        "date_found": result.date_found,
        "alternate_contacts": [
            {"name": c.name, "email": c.email} for c in result.alternate_contacts
        ],
        "evidence": [
            {
                "label": s.label,
                "field": s.field,
                "start": s.start,
                "end": s.end,
                "text": s.text,
            }
            for s in result.spans
        ],
        "intents": sorted(result.intents),
        "scheduling_link": result.scheduling_link,
        "confidence": result.confidence,
        "away": result.away,
    }
