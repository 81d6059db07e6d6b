"""`guard rules`: validate a policy pack and explain the rule catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import BaseModel

from rules.engine.packs import DEFAULT_PACK_PATH, PackError, display_path, load_pack
from rules.engine.registry import RuleSpec, load_rules

if TYPE_CHECKING:
    from datetime import datetime

    from guard.policy_sim.schemas import SimulationOut
    from rules.engine.packs import Pack

rules_app = typer.Typer(
    help="Validate policy packs and list the rules they configure.",
    no_args_is_help=True,
    add_completion=False,
)


@rules_app.command("validate")
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="Pack file (default: rules/default.yaml).")
    ] = None,
    framework: Annotated[
        Path | None,
        typer.Option(help="Journey framework file (default: rules/framework.yaml)."),
    ] = None,
) -> None:
    """Check a policy pack and its framework; print every problem, one per line."""
    try:
        pack = load_pack(path, framework_path=framework)
    except PackError as exc:
        for line in str(exc).splitlines():
            typer.echo(line, err=True)
        raise typer.Exit(code=2) from None
    shown = display_path(path if path is not None else DEFAULT_PACK_PATH)
    count = len(pack.enabled_rules())
    typer.echo(f"ok: {shown} (revision {pack.revision}, {count} rules)")


def _params(model: type[BaseModel]) -> list[str]:
    lines = []
    for name, field in model.model_fields.items():
        default = field.get_default(call_default_factory=True)
        if isinstance(default, tuple):
            default = ", ".join(str(d) for d in default) or "(none)"
        lines.append(f"    {name} = {default}")
    return lines or ["    (no parameters)"]


def describe(spec: RuleSpec) -> str:
    """One rule as `guard rules explain` prints it."""
    flags = " (required, cannot be overridden)" if spec.required else ""
    body = "\n".join(f"  {line}".rstrip() for line in spec.description.splitlines())
    return "\n".join(
        [
            f"{spec.id}  [{spec.verdict}]{flags}",
            body,
            "  parameters:",
            *_params(spec.params),
        ]
    )


@rules_app.command("explain")
def explain() -> None:
    """List every rule: id, default verdict, description, parameters with defaults."""
    typer.echo("\n\n".join(describe(spec) for spec in load_rules().values()))


_UNITS = {"d": 1.0, "w": 7.0, "h": 1 / 24}


def parse_since(text: str) -> float:
    """'30d', '2w', '12h' or '30' (days) as days; ValueError names the format."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _UNITS else "d"
    number = value[:-1] if value[-1:] in _UNITS else value
    if not number.isdigit() or int(number) == 0:
        raise ValueError(f"--since must look like 30d, 2w or 12h, not {text!r}")
    return int(number) * _UNITS[unit]


@rules_app.command("simulate")
def simulate(
    pack: Annotated[
        Path | None, typer.Option(help="The candidate pack, e.g. strict.yaml.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            help="A candidate bump model id (`guard model list`; `shipped`) to judge "
            "the texts with, before activating it."
        ),
    ] = None,
    since: Annotated[str, typer.Option(help="How far back: 30d, 2w or 12h.")] = "30d",
    examples: Annotated[int, typer.Option(min=0, help="Changed checks to show.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Re-run the stored checks of the period under PACK and/or with the bump MODEL;
    show how verdicts change."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy.exc import SQLAlchemyError

    from guard.cli.errors import fail
    from guard.errors import GuardError
    from guard.policy_sim.report import render_text
    from guard.policy_sim.service import load_candidate
    from guard.settings import get_settings

    if pack is None and model is None:
        raise fail("say what to simulate: --pack NEW.yaml, --model ID, or both")
    try:
        days = parse_since(since)
    except ValueError as exc:
        raise fail(str(exc)) from None
    settings = get_settings()
    until = datetime.now(UTC)
    try:
        candidate = (
            load_candidate(pack_yaml=None, pack_path=pack, framework=settings.framework)
            if pack is not None
            else None
        )
        out = _simulate(candidate, model, until - timedelta(days=days), until, examples)
    except GuardError as exc:
        raise fail(exc.detail) from None
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise fail(
            f"cannot read the stored checks ({reason}); run `guard db upgrade`"
        ) from None
    typer.echo(out.model_dump_json(indent=2) if as_json else render_text(out))


def _simulate(
    candidate: Pack | None,
    model_id: str | None,
    since: datetime,
    until: datetime,
    examples: int,
) -> SimulationOut:
    """Replay in a read-only transaction of its own; nothing is ever committed."""
    from guard.content.service import active_assets
    from guard.db import make_engine, make_sessionmaker
    from guard.learning import store
    from guard.policy import load_policy
    from guard.policy_sim.readonly import no_writes
    from guard.policy_sim.service import simulate as run
    from guard.settings import get_settings

    settings = get_settings()
    engine = make_engine(settings)
    try:
        with make_sessionmaker(engine, read_only=True)() as db, no_writes(db):
            policy = load_policy(settings)
            policy = policy.with_assets(active_assets(db) or policy.assets)
            policy = policy.with_model(store.active_model(db, "bump"))
            model = store.load(db, model_id, name="bump") if model_id else None
            return run(
                db=db,
                policy=policy,
                candidate=candidate,
                since=since,
                until=until,
                examples=examples,
                model=model,
            )
    finally:
        engine.dispose()
