"""`guard check FILE.json`: run one check from a file and print the decision."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from pydantic import ValidationError

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope


@app.command("check")
def check(
    file: Path = typer.Argument(..., help="A JSON file with a /v1/checks payload."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Decide without recording."),
) -> None:
    """Check the planned send in FILE and print the decision as JSON."""
    from guard.auth import CLI_ADMIN
    from guard.checks.schemas import CheckIn
    from guard.checks.service import run_check
    from guard.errors import GuardError
    from guard.learning.store import active_model
    from guard.policy import load_policy
    from guard.settings import get_settings

    try:
        payload = CheckIn.model_validate_json(file.read_bytes())
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror}") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise fail(f"{file}: {where}: {first['msg']}") from exc
    if dry_run:
        payload = payload.model_copy(update={"dry_run": True})
    settings = get_settings()
    caller = CLI_ADMIN
    try:
        with session_scope() as db:
            out = run_check(
                db=db,
                policy=load_policy(settings).with_model(active_model(db, "bump")),
                settings=settings,
                caller=caller,
                check=payload,
            )
    except GuardError as exc:
        raise fail(exc.detail) from exc
    typer.echo(json.dumps(out.model_dump(mode="json"), indent=2, ensure_ascii=False))
