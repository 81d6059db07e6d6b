"""The layout's promises, checked: dependencies point one way, every rule is documented.

`models` ← `rules` ← `guard`: the domain types know nothing of policy, and policy knows
nothing of the service (no database, no network, no clock). Inside the service, the
engine knows nothing of the features that call it, `mail/` holds adapters only (the
inbound pipeline uses them, not the other way), and a check knows nothing of the
reviews that issue its override tokens. An import the other way is found here by
reading the source, wherever it hides (inside a function too).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from rules.engine.registry import load_rules

ROOT = Path(__file__).resolve().parents[1]
# What each layer may not import: the layers above it.
FORBIDDEN = {"models": ("rules", "guard"), "rules": ("guard",)}


# Inside the service: the packages each may not import (those that call it).
SERVING = ("guard.app", "guard.cli", "guard.web", "guard.worker", "guard.mcp")
FORBIDDEN_IN_GUARD = {
    "guard/engine": (
        *SERVING,
        "guard.checks",
        "guard.reviews",
        "guard.inbound",
        "guard.contacts",
        "guard.policy_sim",
        "guard.hooks",
    ),
    "guard/checks": (*SERVING, "guard.reviews", "guard.inbound", "guard.hooks"),
    "guard/inbound": (*SERVING, "guard.checks", "guard.reviews"),
    "guard/reviews": SERVING,
    "guard/analysis": (*SERVING, "guard.engine", "guard.checks", "guard.reviews"),
}
# What an adapter package may import of the service: nothing that uses it.
ONLY_IN_GUARD = {
    "guard/mail": (
        "guard.mail",
        "guard.settings",
        "guard.errors",
        "guard.observability",
    ),
}


def _imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, name) of each import; name: what `from module import` takes
    (a `from guard import x` counts as importing module `guard.x`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for alias in node.names:
                module = node.module
                if module == "guard":
                    module = f"guard.{alias.name}"
                found.append((node.lineno, module, alias.name))
    return found


def _imported_packages(path: Path) -> list[tuple[int, str]]:
    return sorted({(line, module) for line, module, _ in _imports(path)})


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


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


def wrong_way_imports(package: str) -> list[str]:
    forbidden = FORBIDDEN_IN_GUARD.get(package, ())
    only = ONLY_IN_GUARD.get(package)
    return [
        f"{path.relative_to(ROOT)}:{line} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for line, name in _imported_packages(path)
        if _within(name, forbidden)
        or (only is not None and name.startswith("guard.") and not _within(name, only))
    ]


@pytest.mark.parametrize("package", sorted({*FORBIDDEN_IN_GUARD, *ONLY_IN_GUARD}))
def test_no_package_of_the_service_imports_its_callers(package: str) -> None:
    assert wrong_way_imports(package) == []


def test_no_private_name_is_imported_from_another_module() -> None:
    private = [
        f"{path.relative_to(ROOT)}:{line} imports {name} from {module}"
        for path in sorted((ROOT / "guard").rglob("*.py"))
        for line, module, name in _imports(path)
        if name is not None
        and name.startswith("_")
        and not name.startswith("__")
        and module.split(".")[0] == "guard"
    ]
    assert private == []


def test_the_walker_sees_an_upward_import(tmp_path: Path) -> None:
    # Guards the guard: an import hidden in a function is still an import.
    source = tmp_path / "rule.py"
    source.write_text(
        "def f():\n    from guard.db import engine\n\nfrom guard import outbox\n"
    )
    assert _imported_packages(source) == [(2, "guard.db"), (4, "guard.outbox")]


def test_every_registered_rule_is_documented() -> None:
    documented = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [rule_id for rule_id in load_rules() if f"`{rule_id}`" not in documented]
    assert missing == [], f"add these rules to docs/rules.md: {missing}"


def test_the_engine_reads_in_one_screen_a_module() -> None:
    # A newcomer reads the dispatch path module by module: none over 300 lines.
    long = {
        p.name: n
        for p in (ROOT / "guard" / "engine").glob("*.py")
        if (n := len(p.read_text().splitlines())) > 300
    }
    assert long == {}


def test_run_check_reads_as_the_steps_of_a_check() -> None:
    tree = ast.parse((ROOT / "guard" / "checks" / "service.py").read_text())
    (run_check,) = [
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "run_check"
    ]
    assert run_check.end_lineno - run_check.lineno + 1 < 40
