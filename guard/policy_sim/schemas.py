"""What a simulation is asked for and what it reports."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guard.inputs import InputModel


class SimulateIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"pack_yaml": "version: 1\nrules: {...}", "since_days": 30},
                {"pack_path": "strict.yaml", "since_days": 7},
                {"model_id": "bump-reviews-3f9c0a1b2c4d", "since_days": 30},
            ]
        },
    )

    pack_yaml: str | None = Field(None, min_length=1, max_length=200_000)
    # A file beside the active pack (a name, not a path out of that directory).
    pack_path: str | None = Field(None, min_length=1, max_length=200)
    # A candidate bump model (`guard model list`, or "shipped"): judge the texts with
    # it instead of the active one, alone or with a pack.
    model_id: str | None = Field(
        None, min_length=1, max_length=64, pattern=r"^[a-z0-9-]+$"
    )
    since_days: int = Field(30, ge=1, le=365)
    examples: int = Field(10, ge=0, le=100)

    @model_validator(mode="after")
    def _exactly_one(self) -> SimulateIn:
        if self.pack_yaml is not None and self.pack_path is not None:
            raise ValueError("give one of 'pack_yaml' or 'pack_path', not both")
        if self.pack_yaml is None and self.pack_path is None and self.model_id is None:
            raise ValueError("give 'pack_yaml', 'pack_path' or 'model_id'")
        return self


class Transition(BaseModel):
    old: str
    new: str
    checks: int


class RuleChange(BaseModel):
    rule: str
    added: int  # checks where the rule fires under the new pack only
    removed: int  # checks where it fires under the current pack only


class TeamChange(BaseModel):
    team: str | None
    checks: int
    changed: int
    stricter: int
    looser: int


class Example(BaseModel):
    check_id: str
    contact: str
    team: str | None
    created_at: datetime
    old: str
    new: str
    rules_added: list[str]
    rules_removed: list[str]
    reason: str | None  # the first new finding's message, when there is one


class SimulationOut(BaseModel):
    current_revision: str
    new_revision: str
    # The bump model each side judged with (`bump-…`, `bump-reviews-…`, `lexicon`).
    current_model: str | None = None
    new_model: str | None = None
    since: datetime
    until: datetime
    checks: int  # stored checks replayed
    changed: int  # of those, how many get another verdict
    skipped: int  # contact deleted since, or a request that no longer parses
    truncated: bool  # more checks than the limit: the newest were replayed
    # Replays whose verdict under the current pack differs from the stored one: the
    # check ran under another revision, or a row it saw was edited since.
    drifted: int
    transitions: list[Transition]
    rules: list[RuleChange]
    teams: list[TeamChange]
    examples: list[Example]
