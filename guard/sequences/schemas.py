"""What `POST /v1/sequences:lint` takes and answers (and `--json` prints)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from guard.inputs import Day, InputModel

FailOn = Literal["warn", "rewrite", "defer", "block", "never"]


class LintIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "sequence": {
                        "name": "q4-outbound",
                        "steps": [
                            {
                                "channel": "email",
                                "subject": "Hi {first_name}",
                                "body": "…",
                            }
                        ],
                    }
                }
            ]
        },
    )

    # Either the YAML text of a sequence file or the same structure as JSON.
    sequence_yaml: str | None = Field(None, min_length=1, max_length=200_000)
    sequence: dict[str, Any] | None = None
    start: Day | None = None  # the first step's day when the sequence names none
    fail_on: FailOn = "defer"

    @model_validator(mode="after")
    def _exactly_one(self) -> LintIn:
        if (self.sequence_yaml is None) == (self.sequence is None):
            raise ValueError("give exactly one of 'sequence_yaml' or 'sequence'")
        return self


class SuggestionOut(BaseModel):
    title: str
    url: str
    why: str


class IssueOut(BaseModel):
    kind: str  # bump, premature ask, duplicate across channels, too dense, quiet hours…
    rule: str
    verdict: str  # the strongest verdict this rule gave the step
    contacts: int  # how many representative contacts it fired for
    stages: list[str]
    personas: list[str]
    example: str  # one finding's message, as a manager reads it


class StepOut(BaseModel):
    step: int
    channel: str
    delay: int
    subject: str
    planned_at: datetime  # for the first representative contact, in their time zone
    verdicts: dict[str, int]  # verdict -> representative contacts
    worst: str
    issues: list[IssueOut]
    rewrite: str | None  # the guard's rewrite for the first contact that got one
    suggestions: list[SuggestionOut]


class LintOut(BaseModel):
    sequence: str
    start: date
    contacts: int
    fail_on: FailOn
    worst: str
    failed: bool  # some step reached `fail_on` for some contact (exit code 1)
    steps: list[StepOut]
