"""POST /v1/sequences:lint: which steps of a sequence the guard would stop, and why."""

from __future__ import annotations

from fastapi import APIRouter, Request

from guard.auth import AnyCaller
from guard.errors import GuardError
from guard.responses import PROBLEMS
from guard.sequences.schemas import LintIn, LintOut
from guard.sequences.service import lint_sequence
from guard.state import state_of
from rules.engine.framework import Framework
from rules.features.sequence_lint import (
    Sequence,
    SequenceError,
    parse_sequence,
    validate_sequence,
)

router = APIRouter(prefix="/v1", tags=["sequences"])


# Any role: the lint reads no stored data, only the pack and synthetic contacts.
@router.post("/sequences:lint", response_model=LintOut, responses=PROBLEMS)
def lint(data: LintIn, request: Request, caller: AnyCaller) -> LintOut:
    """Check a sequence before launch against representative contacts (each stage ×
    persona of the framework, or the `contacts` it lists); nothing is stored."""
    policy = state_of(request).policy
    seq = _sequence(data, policy.pack.framework)
    return lint_sequence(policy=policy, seq=seq, start=data.start, fail_on=data.fail_on)


class SequenceInvalid(GuardError):
    status, type, title = 422, "invalid-sequence", "Invalid sequence"


def _sequence(data: LintIn, framework: Framework) -> Sequence:
    try:
        if data.sequence_yaml is not None:
            return parse_sequence(data.sequence_yaml, framework)
        return validate_sequence(data.sequence, framework)
    except SequenceError as exc:
        raise SequenceInvalid(
            f"The sequence is not valid: {exc}",
            errors=[
                {"field": f"sequence.{k}".rstrip("."), "message": m}
                for k, m in exc.problems
            ],
        ) from None
