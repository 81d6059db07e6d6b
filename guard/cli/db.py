"""`guard db`: migrations."""

from __future__ import annotations

import typer

from guard.cli import app
from guard.settings import get_settings

db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")


@db_app.command("upgrade")
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Migrate the database in GUARD_DATABASE_URL to REVISION (default: head)."""
    from guard.migrate import prepare
    from guard.migrate import upgrade as run

    settings = get_settings()
    url = settings.database_url
    if revision == "head":
        seeded = prepare(url, content_library=settings.content_library)
        if seeded:
            typer.echo(f"content library seeded with {seeded} assets", err=True)
    else:
        run(url, revision)
    typer.echo(f"database at {revision}: {_safe(url)}")


@db_app.command("downgrade")
def downgrade(
    revision: str = typer.Argument(..., help="Target revision, e.g. base."),
) -> None:
    """Migrate the database in GUARD_DATABASE_URL down to REVISION."""
    from guard.migrate import downgrade as run

    url = get_settings().database_url
    run(url, revision)
    typer.echo(f"database at {revision}: {_safe(url)}")


def _safe(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
