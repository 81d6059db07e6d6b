"""`guard worker`: the scheduled jobs."""

from __future__ import annotations

import json

import typer

from guard.cli import app


@app.command("worker")
def worker(
    once: bool = typer.Option(False, "--once", help="Run every job once and exit."),
) -> None:
    """Run the scheduled jobs and mailbox sync every interval (or once).

    SIGTERM lets the item in hand finish (one callback post, one mailbox batch), then
    the worker exits; a failed pass is retried with growing waits, it never ends it.
    """
    import logging

    from guard.observability import directory, logs
    from guard.settings import get_settings

    settings = get_settings()
    logs.configure(settings.log_level, settings.log_format)
    if not once:
        # Before the jobs import prometheus_client: `guard serve` scrapes include the
        # long-running worker's counts (a one-off pass keeps its own, in memory).
        try:
            directory.prepare(settings.state_dir, "worker")
        except OSError as exc:  # the jobs matter more than their counts
            logging.getLogger("guard.worker").warning(
                "metrics kept in memory only: GUARD_STATE_DIR: %s", exc
            )

    from guard.db import make_engine, make_sessionmaker
    from guard.worker import run_forever, run_pass

    sessions = make_sessionmaker(make_engine(settings))
    if once:
        typer.echo(json.dumps(run_pass(sessions, settings), default=str))
        return
    run_forever(sessions, settings)
