"""/v1/rules: what each rule checks and how the active pack sets it."""

from __future__ import annotations

from fastapi import APIRouter

from guard.auth import AnyCaller
from guard.checks import scope
from guard.db import DbSession
from guard.explain import service
from guard.explain.schemas import RuleOut
from guard.policy import CurrentPolicy
from guard.responses import PROBLEMS

router = APIRouter(prefix="/v1", tags=["rules"])


@router.get("/rules/{rule_id}", response_model=RuleOut, responses=PROBLEMS)
def read_rule(
    rule_id: str, db: DbSession, caller: AnyCaller, policy: CurrentPolicy
) -> RuleOut:
    """What a rule checks, its parameters in the active pack, its override rate."""
    return service.explain_rule(
        db, pack=policy.pack, rule_id=rule_id, visible=scope.visible(db, caller)
    )
