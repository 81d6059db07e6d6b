"""`guard users`: people who sign in to the manager pages under /ui."""

from __future__ import annotations

import sys

import typer

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope

users_app = typer.Typer(
    help="Managers and admins of the /ui pages.", no_args_is_help=True
)
app.add_typer(users_app, name="users")


@users_app.command("create")
def create(
    email: str = typer.Option(..., help="The address they sign in with."),
    name: str = typer.Option(..., help="Their name, shown on their decisions."),
    role: str = typer.Option("manager", help="manager (their team) or admin (all)."),
    team: str | None = typer.Option(None, help="The team whose queue a manager sees."),
) -> None:
    """Create a user; the password is read from stdin (never from the command line)."""
    from guard.errors import GuardError
    from guard.web.users import create_user

    if "@" not in email:
        raise fail(f"--email must be an e-mail address, not {email!r}")
    password = _read_password()
    try:
        with session_scope() as db:
            user = create_user(
                db, email=email, name=name, role=role, team=team, password=password
            )
            shown = f"{user.email} ({user.role}{', team ' + team if team else ''})"
    except GuardError as exc:
        raise fail(exc.detail) from exc
    typer.echo(f"created {shown}; sign in at /ui/login")


@users_app.command("set-password")
def set_password(
    email: str = typer.Option(..., help="Whose password."),
) -> None:
    """A new password, read from stdin; every session signed in before ends."""
    from guard.errors import GuardError
    from guard.web import users

    password = _read_password()
    try:
        with session_scope() as db:
            users.set_password(db, email, password)
    except GuardError as exc:
        raise fail(exc.detail) from exc
    typer.echo(f"new password set for {email.strip().lower()}; sessions ended")


def _read_password() -> str:
    # First line of stdin: `echo "$PW" | guard users …` or an interactive prompt.
    if sys.stdin.isatty():
        return typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")
