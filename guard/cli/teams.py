"""`guard teams`: put senders in teams, so their sends run under the team's policy."""

from __future__ import annotations

import typer
from pydantic import ValidationError

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope

teams_app = typer.Typer(help="Teams of senders.", no_args_is_help=True)
app.add_typer(teams_app, name="teams")


@teams_app.command("add-sender")
def add_sender(
    team: str = typer.Option(..., help="Team name, e.g. enterprise."),
    email: str = typer.Option(..., help="The sender's e-mail address."),
    name: str | None = typer.Option(None, help="The sender's name."),
) -> None:
    """Put a sender in a team (both created if new); their checks use its override."""
    from guard.auth import CLI_ADMIN
    from guard.policy import load_policy
    from guard.senders.schemas import SenderIn
    from guard.senders.service import upsert_sender
    from guard.settings import get_settings

    if "@" not in email:
        raise fail(f"--email must be an e-mail address, not {email!r}")
    try:
        data = SenderIn(team=team, name=name)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise fail(f"--{first['loc'][0]}: {first['msg']}") from exc
    pack = load_policy(get_settings()).pack
    with session_scope() as db:
        out, created = upsert_sender(
            db, pack=pack, caller=CLI_ADMIN, email=email, data=data
        )
    verb = "added to" if created else "moved to"
    typer.echo(f"{out.email} {verb} team {team}")
    if not out.team_in_pack:
        typer.echo(
            f"note: {pack.source} has no override for team {team!r}; "
            "its base rules apply",
            err=True,
        )
