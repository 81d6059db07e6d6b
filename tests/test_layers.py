"""The layout's promises, checked: dependencies point one way, every rule is documented.

`models` ← `rules` ← `guard`: the domain types know nothing of policy, and policy knows
nothing of the service (no database, no network, no clock). An import the other way is
found here by reading the source, wherever it hides (inside a function too).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rules.engine.registry import load_rules

ROOT = Path(__file__).resolve().parents[1]
# What each layer may not import: the layers above it.
FORBIDDEN = {"models": ("rules", "guard"), "rules": ("guard",)}


def _imported_packages(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def upward_imports(layer: str) -> list[str]:
    above = FORBIDDEN[layer]
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / layer).rglob("*.py"))
        for line, name in _imported_packages(path)
        if name.split(".")[0] in above
    ]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_layer_imports_a_layer_above_it(layer: str) -> None:
    assert upward_imports(layer) == []


def test_the_walker_sees_an_upward_import(tmp_path: Path) -> None:
    # Guards the guard: an import hidden in a function is still an import.
    source = tmp_path / "rule.py"
    source.write_text("def f():\n    from guard.db import engine\n")
    assert _imported_packages(source) == [(2, "guard.db")]


def test_every_registered_rule_is_documented() -> None:
    documented = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [rule_id for rule_id in load_rules() if f"`{rule_id}`" not in documented]
    assert missing == [], f"add these rules to docs/rules.md: {missing}"
