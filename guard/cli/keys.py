"""`guard keys`: API keys (the key is printed once, alone on stdout)."""

from __future__ import annotations

from collections.abc import Callable

import typer
from sqlalchemy.orm import Session

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope
from models import ROLES, ApiKey

keys_app = typer.Typer(help="API keys.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def create(
    role: str = typer.Option(..., help=f"One of: {', '.join(ROLES)}."),
    name: str = typer.Option(..., help="Who or what uses the key."),
    team: str | None = typer.Option(None, help="Team, for manager and sdr keys."),
    sender: str | None = typer.Option(None, help="The sender address of an sdr key."),
) -> None:
    """Create an API key and print it, alone on one line of stdout."""
    from guard.auth import create_key

    if role not in ROLES:
        raise fail(f"--role must be one of {', '.join(ROLES)}, not {role!r}")
    with session_scope() as db:
        _, raw = create_key(db, role=role, name=name, team=team, sender_email=sender)
    typer.echo(raw)


@keys_app.command("revoke")
def revoke(
    key_id: int = typer.Argument(..., help="The key's id (from GET /v1/keys)."),
) -> None:
    """Revoke an API key; running servers refuse it within a second."""
    from guard.apikeys.service import revoke_key

    _, name = revoke_with(lambda db: revoke_key(db, key_id=key_id, actor="cli"))
    typer.echo(f"revoked key {key_id} ({name})")


def revoke_with(revoke: Callable[[Session], ApiKey]) -> tuple[int, str]:
    """Run a revocation in one transaction: (key id, key name); unknown: exit 2."""
    from guard.errors import NotFound

    try:
        with session_scope() as db:
            key = revoke(db)
            return key.id, key.name
    except NotFound as exc:
        raise fail(exc.detail) from exc
