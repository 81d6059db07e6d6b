"""`guard rules`: validate a policy pack and explain the rule catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from pydantic import BaseModel

from rules.packs import DEFAULT_PACK_PATH, PackError, display_path, load_pack
from rules.registry import RuleSpec, load_rules

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
