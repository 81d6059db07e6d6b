"""The journey framework as data: stages, personas, positions, intents, the matrix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FRAMEWORK_PATH = Path(__file__).parents[1] / "framework.yaml"

# What a cell of the matrix says about sending an intent at a stage.
Cell = Literal["ok", "premature", "premature_before_engagement", "inappropriate"]


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Stage(_Strict):
    label: str
    definition: str
    buyer_job: str


class Persona(_Strict):
    label: str
    needs: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    executive: bool = False


class Position(_Strict):
    label: str
    description: str = ""


class Intent(_Strict):
    label: str
    description: str = ""
    acquisition: bool = False  # cold-outreach style: intro, bump, breakup


class Framework(_Strict):
    """The organisation-wide journey framework (docs/rules.md), not one journey."""

    buyer_jobs: dict[str, str]
    stages: dict[str, Stage]
    personas: dict[str, Persona]
    positions: dict[str, Position]
    intents: dict[str, Intent]
    matrix: dict[str, dict[str, Cell]] = Field(default_factory=dict)

    def problems(self) -> list[tuple[str, str]]:
        """Cross-references that a schema cannot check: (key path, message)."""
        found: list[tuple[str, str]] = []
        for name, stage in self.stages.items():
            if stage.buyer_job not in self.buyer_jobs:
                found.append(
                    (
                        f"stages.{name}.buyer_job",
                        f"unknown buyer job '{stage.buyer_job}'; "
                        f"use one of: {', '.join(self.buyer_jobs)}",
                    )
                )
        for stage, row in self.matrix.items():
            if stage not in self.stages:
                found.append(
                    (f"matrix.{stage}", f"unknown stage '{stage}'; add it under stages")
                )
            for intent in row:
                if intent not in self.intents:
                    found.append(
                        (
                            f"matrix.{stage}.{intent}",
                            f"unknown intent '{intent}'; add it under intents",
                        )
                    )
        return found

    def cell(self, stage: str, intent: str) -> Cell:
        return self.matrix.get(stage, {}).get(intent, "ok")

    def stage_label(self, stage: str) -> str:
        found = self.stages.get(stage)
        return found.label if found else stage

    def persona_label(self, persona: str | None) -> str:
        found = self.personas.get(persona or "")
        return found.label if found else (persona or "unknown persona")

    def position_label(self, position: str | None) -> str:
        found = self.positions.get(position or "")
        return found.label if found else (position or "unknown position")

    def first_stage_allowing(self, intent: str, after: str) -> str | None:
        """The first stage after `after`, in framework order, where `intent` is ok."""
        order = list(self.stages)
        start = order.index(after) + 1 if after in order else 0
        for stage in order[start:]:
            if self.cell(stage, intent) == "ok":
                return stage
        return None


@lru_cache(maxsize=1)
def default_framework() -> Framework:
    """The framework shipped beside this module (used when no pack bound one)."""
    import yaml

    data = yaml.safe_load(FRAMEWORK_PATH.read_text(encoding="utf-8"))
    return Framework.model_validate(data)
