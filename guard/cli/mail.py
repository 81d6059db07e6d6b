"""`guard mail sync`: read the configured mailboxes (Graph or EWS) for replies."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import typer

from guard.cli import app
from guard.cli.errors import fail

if TYPE_CHECKING:  # the pipeline's imports are heavy: every `guard` command would pay
    from guard.inbound.mail_sync import SyncResult

mail_app = typer.Typer(help="Mailbox sync (Graph or EWS).", no_args_is_help=True)
app.add_typer(mail_app, name="mail")


@mail_app.command("sync")
def sync(
    once: bool = typer.Option(
        False, "--once", help="Read every mailbox once and exit."
    ),
) -> None:
    """Read GUARD_GRAPH_MAILBOXES or GUARD_EWS_MAILBOXES into the inbound pipeline
    (every interval, or once); one summary line per mailbox."""
    from guard.db import make_engine, make_sessionmaker
    from guard.inbound.mail_sync import sync_mailbox
    from guard.mail.configured import configured_sources
    from guard.settings import get_settings

    settings = get_settings()
    sources = configured_sources(settings)
    if not sources:
        raise fail(_nothing_configured(settings.mail_source))
    sessions = make_sessionmaker(make_engine(settings))
    while True:
        for source in sources:
            result = sync_mailbox(
                sessions, source, default_absence_days=settings.default_absence_days
            )
            typer.echo(summary(result))
        if once:
            return
        time.sleep(settings.worker_interval_seconds)


def summary(result: SyncResult) -> str:
    """One line a person reads: what was read, what was new, what went wrong."""
    if result.locked_elsewhere:
        return f"{result.mailbox}: skipped, another worker is reading it"
    line = (
        f"{result.mailbox}: {result.fetched} read, {result.ingested} new, "
        f"{result.duplicates} already seen, {result.skipped} skipped "
        f"({result.batches} pages)"
    )
    return f"{line}; error: {result.error}" if result.error else line


def _nothing_configured(kind: str) -> str:
    if kind == "graph":
        return (
            "no mailboxes: set GUARD_GRAPH_TENANT_ID, GUARD_GRAPH_CLIENT_ID, "
            "GUARD_GRAPH_CLIENT_SECRET and GUARD_GRAPH_MAILBOXES"
        )
    return "no mailboxes: set GUARD_EWS_ENDPOINT and GUARD_EWS_MAILBOXES"
