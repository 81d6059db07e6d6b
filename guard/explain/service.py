"""Explain one rule: its description, its settings in the pack, its override rate."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from guard.errors import NotFound
from guard.explain.schemas import OverrideRate, RuleOut
from models import Check, FindingRow, ReviewItem
from rules.engine.packs import Pack
from rules.engine.registry import RuleParams, load_rules

_DECIDED = ("approved", "edited", "rejected")


def explain_rule(
    db: Session, *, pack: Pack, rule_id: str, visible: ColumnElement[bool]
) -> RuleOut:
    spec = load_rules().get(rule_id)
    if spec is None:
        raise NotFound(
            f"No rule {rule_id!r}; known: {', '.join(load_rules())}.",
        )
    agent = pack.agent_settings.get(rule_id)
    return RuleOut(
        id=spec.id,
        summary=spec.summary,
        description=spec.description,
        default_verdict=spec.verdict.value,
        required=spec.required,
        enabled=rule_id in pack.enabled_rules(),
        verdict=pack.verdict_for(rule_id).value,
        parameters=_params(pack.params_for(rule_id)),
        agent_parameters=_params(agent.params) if agent is not None else None,
        override_rate=override_rate(db, rule_id, visible),
    )


def _params(params: RuleParams) -> dict[str, Any]:
    return params.model_dump(mode="json")


def override_rate(
    db: Session, rule_id: str, visible: ColumnElement[bool]
) -> OverrideRate:
    """Of the decided reviews of sends this rule blocked, how many went out anyway."""
    overridden = func.sum(
        case((ReviewItem.status.in_(("approved", "edited")), 1), else_=0)
    )
    query = (
        select(func.count(), overridden)
        .select_from(FindingRow)
        .join(Check, Check.id == FindingRow.check_id)
        .join(ReviewItem, ReviewItem.check_id == Check.id)
        .where(
            visible,
            FindingRow.rule == rule_id,
            FindingRow.verdict == "block",
            ReviewItem.status.in_(_DECIDED),
        )
    )
    decided, over = db.execute(query).one()
    decided, over = decided or 0, over or 0
    percent = round(100 * over / decided) if decided else 0
    return OverrideRate(decided=decided, overridden=over, percent=percent)
