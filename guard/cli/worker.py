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

    from guard.db import make_engine, make_sessionmaker
    from guard.settings import get_settings
    from guard.worker import run_forever, run_pass

    settings = get_settings()
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("guard").setLevel(settings.log_level)
    sessions = make_sessionmaker(make_engine(settings))
    if once:
        typer.echo(json.dumps(run_pass(sessions, settings), default=str))
        return
    run_forever(sessions, settings)
