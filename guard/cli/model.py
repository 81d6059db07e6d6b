"""`guard model`: train the shipped models from rules/training/ and check them."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from guard.cli.errors import fail

model_app = typer.Typer(
    help="Train the learned models (bump, inbound) and check they match their data.",
    no_args_is_help=True,
    add_completion=False,
)

_KINDS = ("bump", "inbound")


@model_app.command("train")
def train(
    which: Annotated[
        str, typer.Option(help="Which model: bump, inbound or all.")
    ] = "all",
    data: Annotated[
        Path | None,
        typer.Option(help="Training data folder (default: rules/training)."),
    ] = None,
) -> None:
    """Rebuild the model files (seeded: the same data gives the same bytes)."""
    if which not in (*_KINDS, "all"):
        raise fail(f"unknown model {which!r}: use bump, inbound or all")
    for kind in _KINDS if which == "all" else (which,):
        path = _train(kind, data)
        typer.echo(f"{kind}: wrote {path}")


def _train(kind: str, data: Path | None) -> Path:
    from guard.analysis.model import data as training

    root = data or training.TRAINING_DIR
    if kind == "bump":
        from guard.analysis.model import train_bump as module
    else:
        from guard.analysis.model import train_inbound as module  # type: ignore[no-redef]
    try:
        text = module.train(root)
    except ValueError as error:
        raise fail(str(error)) from None
    return module.write(text)


@model_app.command("check")
def check() -> None:
    """Say whether each shipped model was trained on the data now in the repository."""
    from guard.analysis.model.status import model_status

    stale = False
    for line, fresh in model_status():
        typer.echo(line)
        stale = stale or not fresh
    if stale:
        raise typer.Exit(1)
