"""Every CLI command has help text and appears in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from guard.cli import get_app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _commands(group: Any, prefix: str = "guard") -> list[tuple[str, Any]]:
    # Duck-typed: typer may ship its own copy of click, so isinstance checks fail.
    found = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    root = typer.main.get_command(get_app())
    commands = _commands(root)
    assert len(commands) >= 8
    missing_help = [path for path, cmd in commands if not (cmd.help or "").strip()]
    assert not missing_help, missing_help
    missing_docs = [path for path, _ in commands if path not in README]
    assert not missing_docs, f"not in README.md: {missing_docs}"
