"""How the CLI reports bad input: one line on stderr, exit code 2."""

from __future__ import annotations

import typer


def fail(message: str) -> typer.Exit:
    """Print `message` as one line on stderr; raise the returned Exit(2)."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)
