"""`guard worker`: the scheduled jobs."""

from __future__ import annotations

import json

import typer

from guard.cli import app


@app.command("worker")
def worker(
    once: bool = typer.Option(False, "--once", help="Run every job once and exit."),
) -> None:
    """Run the scheduled jobs every GUARD_WORKER_INTERVAL_SECONDS (or once)."""
    from guard.cli.session import session_scope
    from guard.db import make_engine, make_sessionmaker
    from guard.settings import get_settings
    from guard.worker import run_forever, run_jobs

    if once:
        with session_scope() as db:
            typer.echo(json.dumps(run_jobs(db)))
        return
    settings = get_settings()
    run_forever(
        make_sessionmaker(make_engine(settings)),
        interval=settings.worker_interval_seconds,
    )
