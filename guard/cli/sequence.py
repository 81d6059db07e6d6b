"""`guard sequence lint`: check a sequence before launch, with no database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from guard.cli import app
from guard.cli.errors import fail
from models.bounds import check_day

if TYPE_CHECKING:
    from guard.policy import Policy
    from guard.sequences.schemas import FailOn

sequence_app = typer.Typer(help="Sales sequences.", no_args_is_help=True)
app.add_typer(sequence_app, name="sequence")

FAIL_ON = ("warn", "rewrite", "defer", "block", "never")


@sequence_app.command("lint")
def lint(
    file: Annotated[Path, typer.Argument(help="The sequence, e.g. q4-outbound.yaml.")],
    pack: Annotated[
        Path | None, typer.Option(help="Policy pack (default: the active one).")
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(help="First step's day, YYYY-MM-DD (default: next Monday)."),
    ] = None,
    fail_on: Annotated[
        str, typer.Option(help="Exit 1 when a step gets this verdict or stronger.")
    ] = "defer",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check each step against representative contacts; exit 1 if one would be
    deferred or blocked (see --fail-on), 2 on bad input."""
    from guard.sequences.report import render_text
    from guard.sequences.service import lint_sequence
    from rules.features.sequence_lint import SequenceError, parse_sequence

    if fail_on not in FAIL_ON:
        raise fail(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    first_day = _day(start)
    policy = _policy(pack)
    try:
        seq = parse_sequence(file.read_text(encoding="utf-8"), policy.pack.framework)
    except OSError as exc:
        raise fail(f"cannot read {file}: {exc.strerror or exc}") from None
    except SequenceError as exc:
        raise fail(f"{file}: {exc}") from None
    out = lint_sequence(
        policy=policy, seq=seq, start=first_day, fail_on=cast("FailOn", fail_on)
    )
    framework = policy.pack.framework
    typer.echo(
        out.model_dump_json(indent=2)
        if as_json
        else render_text(
            out, all_stages=len(framework.stages), all_personas=len(framework.personas)
        )
    )
    if out.failed:
        raise typer.Exit(code=1)


def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return check_day(datetime.strptime(text, "%Y-%m-%d").date())
    except ValueError:
        raise fail(
            f"--start must be a date like 2026-12-01 (1970 to 2200), not {text!r}"
        ) from None


def _policy(pack: Path | None) -> Policy:
    """The active policy, or PACK with the active content library."""
    from guard.policy import Policy, load_policy
    from guard.settings import get_settings
    from rules.engine.packs import PackError, load_pack

    settings = get_settings()
    try:
        policy = load_policy(settings)
        if pack is not None:
            loaded = load_pack(pack, framework_path=settings.framework)
            policy = Policy(loaded, policy.assets)
    except PackError as exc:
        raise fail("; ".join(str(exc).splitlines()[:3])) from None
    return policy
