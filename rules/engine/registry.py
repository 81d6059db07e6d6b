"""The rule registry: `@rule(id, verdict=…, params=…)` registers a pure function."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, PrivateAttr

from models.domain import ContactContext, Finding, MessageAnalysis, PlannedSend, Verdict
from rules.engine.calendar import DEFAULT_HOURS, BusinessHours
from rules.engine.framework import Framework, default_framework

# Every module of this package is a rule family; importing one registers its rules.
CATALOGUE = "rules.catalogue"
# Rules registered outside the catalogue (tests) come after it.
_OUTSIDE = 10**6


class RuleParams(BaseModel):
    """Base of every rule's parameters: frozen, unknown keys refused.

    The pack binds its framework and business hours as private attributes, so they are
    never read from a rule's YAML params but every rule can still see them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    _framework: Framework | None = PrivateAttr(default=None)
    _hours: BusinessHours = PrivateAttr(default=DEFAULT_HOURS)

    # Both read the private store directly: `self._hours` first fails the normal
    # lookup and falls back to pydantic's __getattr__, about 30 times slower, and
    # every rule asks on every call.
    @property
    def framework(self) -> Framework:
        framework = self.__pydantic_private__["_framework"]
        return framework if framework is not None else default_framework()

    @property
    def hours(self) -> BusinessHours:
        return self.__pydantic_private__["_hours"]

    def bind(self, *, framework: Framework, hours: BusinessHours) -> Self:
        """A copy that sees the pack's framework and business hours."""
        bound = self.model_copy()
        bound._framework = framework
        bound._hours = hours
        return bound

    def framework_problems(self, framework: Framework) -> list[tuple[str, str]]:
        """Names in the params that the framework does not define: (key, message)."""
        return []


RuleFn = Callable[[PlannedSend, ContactContext, MessageAnalysis, Any], list[Finding]]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    id: str
    verdict: Verdict
    params: type[RuleParams]
    fn: RuleFn
    description: str
    required: bool = False  # may not be disabled or softened by a pack (consent)

    @property
    def summary(self) -> str:
        return self.description.splitlines()[0] if self.description else ""


RULES: dict[str, RuleSpec] = {}


def rule(
    rule_id: str,
    *,
    verdict: Verdict,
    params: type[RuleParams] = RuleParams,
    required: bool = False,
) -> Callable[[RuleFn], RuleFn]:
    """Register `fn` under `rule_id`; its docstring is the description managers read.

    Only a rule registered with `verdict=Verdict.DEFER` may return DEFER findings:
    the deferral fixed point (rules/engine/evaluate.py) re-checks only those at a
    later time.
    """

    def register(fn: RuleFn) -> RuleFn:
        if rule_id in RULES and RULES[rule_id].fn is not fn:
            raise ValueError(
                f"rule id '{rule_id}' is registered twice; give it a new id"
            )
        doc = inspect.getdoc(fn)
        if not doc:
            raise ValueError(f"rule '{rule_id}' needs a docstring: managers read it")
        RULES[rule_id] = RuleSpec(rule_id, verdict, params, fn, doc, required)
        return fn

    return register


def load_rules() -> dict[str, RuleSpec]:
    """Import every rule family so that `RULES` is complete."""
    family_modules()
    # Catalogue order (docs/rules.md), whatever order the modules were imported in:
    # findings and `guard rules explain` must not depend on what ran first.
    ordered = sorted(RULES.values(), key=_catalogue_position)
    if list(RULES) != [spec.id for spec in ordered]:
        RULES.clear()
        RULES.update((spec.id, spec) for spec in ordered)
    return RULES


@cache
def family_modules() -> tuple[ModuleType, ...]:
    """The catalogue's modules, found on disk, in their families' order."""
    package = importlib.import_module(CATALOGUE)
    modules = [
        importlib.import_module(f"{CATALOGUE}.{found.name}")
        for found in pkgutil.iter_modules(package.__path__)
    ]
    unplaced = [m.__name__ for m in modules if not hasattr(m, "FAMILY_POSITION")]
    if unplaced:
        raise ValueError(f"rule families without FAMILY_POSITION: {unplaced}")
    return tuple(sorted(modules, key=lambda m: m.FAMILY_POSITION))


def _catalogue_position(spec: RuleSpec) -> tuple[int, int]:
    module = sys.modules.get(spec.fn.__module__)
    rank = getattr(module, "FAMILY_POSITION", _OUTSIDE)
    return rank, spec.fn.__code__.co_firstlineno
