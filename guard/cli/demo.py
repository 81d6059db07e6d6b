"""`guard demo load`: the demo data and an integration key for the README tour."""

from __future__ import annotations

from pathlib import Path

import typer

from guard.cli import app
from guard.cli.session import session_scope

demo_app = typer.Typer(help="Demo data.", no_args_is_help=True)
app.add_typer(demo_app, name="demo")


@demo_app.command("load")
def load(
    key_file: Path = typer.Option(
        Path(".guard-demo-key"), help="Where to write the demo API key."
    ),
    history: bool = typer.Option(
        True, help="Also load three weeks of checks and review items (the /ui pages)."
    ),
) -> None:
    """Load the demo account (once) and write an admin API key to KEY_FILE."""
    from guard.auth import create_key
    from guard.demo.history import DEMO_MANAGER, DEMO_MANAGER_PASSWORD
    from guard.demo.northwind import demo_loaded, load_demo

    with session_scope() as db:
        if demo_loaded(db):
            typer.echo("demo data already loaded", err=True)
        else:
            load_demo(db, history=history)
            typer.echo(
                "demo data loaded: account 'northwind' with 4 contacts", err=True
            )
        if not key_file.exists():
            _, raw = create_key(db, role="admin", name="demo")
            key_file.write_text(raw + "\n")
            key_file.chmod(0o600)
    typer.echo(f"demo API key in {key_file}", err=True)
    if history:
        typer.echo(
            f"manager pages: /ui/login as {DEMO_MANAGER} with password "
            f"{DEMO_MANAGER_PASSWORD}",
            err=True,
        )
