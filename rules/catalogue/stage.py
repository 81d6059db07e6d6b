"""Stage rule: what the message asks for must fit the contact's journey stage.

Driven only by the framework's stage × intent matrix: editing the matrix in a framework
file changes decisions without touching code.
"""

from __future__ import annotations

from typing import Literal

from models.domain import (
    ContactContext,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Span,
    Verdict,
)
from rules.engine.common import engaged, policy_evidence, span_evidence
from rules.engine.framework import Framework
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 50  # where the family stands in docs/rules.md


class StagePrematureAskParams(RuleParams):
    premature_verdict: Literal["rewrite", "warn"] = "rewrite"
    inappropriate_verdict: Literal["rewrite", "warn"] = "warn"


def _offending(
    analysis: MessageAnalysis, ctx: ContactContext, framework: Framework
) -> list[tuple[str, str]]:
    """(intent, cell) pairs the matrix objects to, in the framework's intent order."""
    stage = ctx.contact.stage
    found: list[tuple[str, str]] = []
    for intent in framework.intents:
        if intent not in analysis.intents:
            continue
        cell = framework.cell(stage, intent)
        if cell == "premature_before_engagement":
            cell = "ok" if engaged(ctx) else "premature"
        if cell != "ok":
            found.append((intent, cell))
    return found


@rule("stage.premature_ask", verdict=Verdict.REWRITE, params=StagePrematureAskParams)
def premature_ask(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: StagePrematureAskParams,
) -> list[Finding]:
    """The message asks for something the journey framework calls premature at the
    contact's stage (pricing or contract before Opportunity, a meeting push before any
    engagement) or out of place (acquisition messages to customers).

    Premature asks are rewritten (or warned about, per pack); out-of-place ones warned.
    """
    framework = params.framework
    stage = ctx.contact.stage
    if stage not in framework.stages:
        return []
    found: list[Finding] = []
    for intent, cell in _offending(analysis, ctx, framework):
        label = framework.intents[intent].label
        verdict = Verdict(
            params.premature_verdict
            if cell == "premature"
            else params.inappropriate_verdict
        )
        spans = analysis.spans_for(intent)
        found.append(
            Finding(
                rule="stage.premature_ask",
                verdict=verdict,
                message=_sentence(ctx, framework, intent, label, cell) + _quote(spans),
                evidence=(
                    *span_evidence(spans),
                    policy_evidence(f"framework matrix: {stage} × {intent} = {cell}"),
                ),
            )
        )
    return found


def _sentence(
    ctx: ContactContext, framework: Framework, intent: str, label: str, cell: str
) -> str:
    stage = ctx.contact.stage
    name = ctx.contact.display_name
    where = f"{name} is at stage {framework.stage_label(stage)}"
    job = framework.buyer_jobs.get(framework.stages[stage].buyer_job, "")
    if cell == "inappropriate":
        return f"{where}; '{label}' does not belong in this part of the journey."
    if framework.cell(stage, intent) == "premature_before_engagement":
        return f"{where}; '{label}' is premature before {name} has replied at all."
    nxt = framework.first_stage_allowing(intent, stage)
    until = f" until {framework.stage_label(nxt)}" if nxt else ""
    busy = f" (busy with {job.lower()})" if job else ""
    return (
        f"{where}{busy}; '{label}' is premature{until}. Answer their current job first."
    )


def _quote(spans: tuple[Span, ...]) -> str:
    """' It says "our pricing".': the words that made the message this intent."""
    return f' It says "{spans[0].text}".' if spans else ""
