"""`guard agents`: the AI agents that send for your teams, and their trust levels."""

from __future__ import annotations

import getpass

import typer

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope

agents_app = typer.Typer(
    help="AI agents as senders: list them, change their trust level.",
    no_args_is_help=True,
)
app.add_typer(agents_app, name="agents")


@agents_app.command("list")
def list_agents() -> None:
    """Every agent: id, team, level, sends, decisions and override rate."""
    from guard.agents import service, stats

    with session_scope() as db:
        for row in service.agent_rows(db, "admin", None):
            s = stats.agent_stats(db, row)
            team = service.present(db, row).team or "-"
            hint = f"  (promote to {s.promote_to}?)" if s.promote_to else ""
            typer.echo(
                f"{row.agent_id}\t{team}\t{row.level}\t{s.sends} sends\t"
                f"{s.decisions} decisions\t{s.override_percent}% overridden{hint}"
            )


@agents_app.command("set-level")
def set_level(
    agent_id: str = typer.Argument(..., help="The agent's id (sender.agent_id)."),
    level: str = typer.Argument(..., help="supervised, assisted or autonomous."),
    reason: str = typer.Option("", help="Why, kept in the audit log."),
) -> None:
    """Move an agent up or down the trust ladder (written to the audit log)."""
    from datetime import UTC, datetime

    from guard.agents import service
    from guard.errors import GuardError

    try:
        with session_scope() as db:
            row = service.find_agent(db, agent_id)
            before = row.level
            service.change_level(
                db,
                row,
                level,
                actor=f"cli:{getpass.getuser()}",
                reason=reason,
                now=datetime.now(UTC),
            )
    except GuardError as exc:
        raise fail(exc.detail) from exc
    typer.echo(f"{agent_id}: {before} -> {level}")
