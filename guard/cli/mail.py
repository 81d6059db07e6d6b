"""`guard mail sync`: poll the configured Exchange mailboxes for replies."""

from __future__ import annotations

import json
import time
from dataclasses import asdict

import typer

from guard.cli import app
from guard.cli.errors import fail

mail_app = typer.Typer(help="Mailbox sync (Exchange EWS).", no_args_is_help=True)
app.add_typer(mail_app, name="mail")


@mail_app.command("sync")
def sync(
    once: bool = typer.Option(
        False, "--once", help="Poll every mailbox once and exit."
    ),
) -> None:
    """Poll GUARD_EWS_MAILBOXES into the inbound pipeline (every interval, or once)."""
    from guard.db import make_engine, make_sessionmaker
    from guard.mail.configured import configured_sources
    from guard.mail.sync import sync_mailbox
    from guard.settings import get_settings

    settings = get_settings()
    sources = configured_sources(settings)
    if not sources:
        raise fail("no mailboxes: set GUARD_EWS_ENDPOINT and GUARD_EWS_MAILBOXES")
    sessions = make_sessionmaker(make_engine(settings))
    while True:
        for source in sources:
            result = sync_mailbox(
                sessions, source, default_absence_days=settings.default_absence_days
            )
            typer.echo(json.dumps(asdict(result)))
        if once:
            return
        time.sleep(settings.worker_interval_seconds)
