"""The `guard` command line: one sub-module per command group."""

from __future__ import annotations

import gc

import typer

from guard.arenas import cap_arenas

app = typer.Typer(
    name="guard",
    help="Cadence Guard: checks planned sales touches before they are sent.",
    no_args_is_help=True,
    add_completion=False,
)


_registered = False


def get_app() -> typer.Typer:
    """The app with every command group registered (each module adds its commands)."""
    global _registered
    if not _registered:
        from guard.cli import (  # noqa: F401
            agents,
            analyze,
            check,
            db,
            demo,
            inbound,
            integrations,
            keys,
            mail,
            mcp,
            retention,
            sequence,
            serve,
            teams,
            users,
            worker,
        )
        from guard.cli.model import model_app
        from guard.cli.rules import rules_app

        app.add_typer(rules_app, name="rules")
        app.add_typer(model_app, name="model")
        _registered = True
    return app


def main() -> None:
    # Before any thread: the thread pool's allocations share two malloc arenas.
    cap_arenas()
    imported_app()()


def imported_app() -> typer.Typer:
    """`get_app()`, imported with the cyclic GC off, then frozen.

    Importing the commands (and through them the app, spaCy, SQLAlchemy ...) makes
    ~200,000 objects that live as long as the process; the GC rescanned them again
    and again while importing and warming up (~0.5 s CPU of `guard serve`'s start,
    measured with gc.callbacks). Frozen, they stay out of every later collection,
    which only looks at newer objects.
    """
    gc.disable()
    try:
        app = get_app()
        gc.collect()
        gc.freeze()
    finally:
        gc.enable()
    return app
