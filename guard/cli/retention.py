"""`guard retention`: purge message text past GUARD_RETENTION_DAYS."""

from __future__ import annotations

import typer

from guard.cli import app

retention_app = typer.Typer(
    help="Retention of message bodies and payloads.", no_args_is_help=True
)
app.add_typer(retention_app, name="retention")


@retention_app.command("run")
def run(
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Count what would go, per table; change nothing."
    ),
    days: int | None = typer.Option(
        None, "--days", min=1, help="Override GUARD_RETENTION_DAYS for this run."
    ),
) -> None:
    """Purge message bodies and request payloads older than the retention period.

    Decisions, findings (without their quotes), counts and digests stay. Runs in
    batches of 500 rows, one short transaction each; the worker runs it daily.
    """
    from guard.db import make_engine, make_sessionmaker
    from guard.privacy.retention import run_retention
    from guard.settings import get_settings

    settings = get_settings()
    keep = days or settings.retention_days
    engine = make_engine(settings)
    try:
        counts = run_retention(
            make_sessionmaker(engine), days=keep, dry_run=dry_run, actor="cli"
        )
    finally:
        engine.dispose()
    verb = "would purge" if dry_run else "purged"
    typer.echo(f"retention {keep} days: {verb} {sum(counts.values())} rows")
    for table, rows in counts.items():
        typer.echo(f"  {table}: {rows}")
