"""`guard model`: train the shipped models from rules/training/ and check them; train,
list and activate this deployment's own bump model (learnt from managers' reviews)."""

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

_KINDS = ("bump", "inbound", "language")


@model_app.command("train")
def train(
    which: Annotated[
        str, typer.Option(help="Which model: bump, inbound, language or all.")
    ] = "all",
    data: Annotated[
        Path | None,
        typer.Option(help="Training data folder (default: rules/training)."),
    ] = None,
    include_reviews: Annotated[
        bool,
        typer.Option(
            "--include-reviews",
            help="Also learn from the managers' decided reviews in the database "
            "(GUARD_DATABASE_URL): stores a deployment bump model, not active.",
        ),
    ] = False,
) -> None:
    """Rebuild the model files (seeded: the same data gives the same bytes)."""
    if which not in (*_KINDS, "all"):
        raise fail(f"unknown model {which!r}: use bump, inbound, language or all")
    if include_reviews:
        if which != "bump":
            raise fail("--include-reviews trains the bump model: add --which bump")
        _train_with_reviews(data)
        return
    for kind in _KINDS if which == "all" else (which,):
        path = _train(kind, data)
        typer.echo(f"{kind}: wrote {path}")


def _train(kind: str, data: Path | None) -> Path:
    from guard.analysis.model import data as training

    root = data or training.TRAINING_DIR
    if kind == "bump":
        from guard.analysis.model import train_bump as module
    elif kind == "language":
        from guard.analysis.model import language_words as module  # type: ignore[no-redef]
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


def _actor() -> str:
    import getpass

    return f"cli:{getpass.getuser()}"


def _train_with_reviews(data: Path | None) -> None:
    from datetime import UTC, datetime

    from sqlalchemy.exc import SQLAlchemyError

    from guard.analysis.model import data as training
    from guard.analysis.model import train_bump
    from guard.cli.session import session_scope
    from guard.learning import labels, store

    try:
        with session_scope() as db:
            items = labels.review_labels(db)
    except SQLAlchemyError as exc:
        raise fail(
            f"cannot read the reviews ({_reason(exc)}); run `guard db upgrade`"
        ) from None
    if not items:
        raise fail(
            "no decided review of a send held by the bump finding alone yet: "
            "nothing to learn from (see docs/analysis.md)"
        )
    try:
        text = train_bump.train(data or training.TRAINING_DIR, reviews=items)
    except ValueError as error:
        raise fail(str(error)) from None
    with session_scope() as db:
        row = store.save(
            db,
            name="bump",
            text=text,
            labels=len(items),
            actor=_actor(),
            now=datetime.now(UTC),
        )
        model_id = row.id
    bumps = sum(1 for item in items if item["label"] == "bump")
    typer.echo(
        f"bump: stored {model_id} ({len(items)} review label(s): {bumps} bump, "
        f"{len(items) - bumps} not_bump); not active.\n"
        f"See what it would change: guard rules simulate --model {model_id}\n"
        f"Then: guard model activate {model_id}"
    )


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "orig", None) or exc).splitlines()[0]


@model_app.command("list")
def list_models() -> None:
    """The shipped bump model and this deployment's own; `*` marks the active one."""
    from sqlalchemy.exc import SQLAlchemyError

    from guard.cli.session import session_scope
    from guard.learning import store

    try:
        with session_scope() as db:
            lines = store.lines(db, "bump")
    except SQLAlchemyError as exc:
        raise fail(
            f"cannot read the models ({_reason(exc)}); run `guard db upgrade`"
        ) from None
    for line in lines:
        mark = "*" if line.active else " "
        if line.shipped:
            typer.echo(f"{mark} {line.id}\tshipped")
        else:
            when = f"{line.created_at:%Y-%m-%d %H:%M} UTC" if line.created_at else ""
            typer.echo(f"{mark} {line.id}\t{line.labels} review label(s)\t{when}")


@model_app.command("activate")
def activate(
    model_id: Annotated[
        str, typer.Argument(help="A model id from `guard model list`, or `shipped`.")
    ],
) -> None:
    """Make the service judge bumps with MODEL_ID (audited); `shipped` goes back to
    the package's model. Running servers switch within 15 seconds."""
    from datetime import UTC, datetime

    from sqlalchemy.exc import SQLAlchemyError

    from guard.analysis.model.linear import load_model
    from guard.cli.session import session_scope
    from guard.errors import GuardError
    from guard.learning import store

    shipped = load_model("bump")
    target = store.SHIPPED if shipped and model_id == shipped.model_id else model_id
    try:
        with session_scope() as db:
            before = store.activate(
                db, target, name="bump", actor=_actor(), now=datetime.now(UTC)
            )
    except GuardError as exc:
        raise fail(exc.detail) from None
    except SQLAlchemyError as exc:
        raise fail(f"cannot write ({_reason(exc)}); run `guard db upgrade`") from None
    typer.echo(f"bump: {before} -> {target}")
