"""Lifecycle rule: journeys continue after purchase; customers are not prospects."""

from __future__ import annotations

from models.domain import ContactContext, Finding, MessageAnalysis, PlannedSend, Verdict
from rules.engine.common import intent_evidence
from rules.engine.framework import Framework
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 80  # where the family stands in docs/rules.md


class PostPurchaseParams(RuleParams):
    stages: tuple[str, ...] = ("customer_onboarding", "customer_adoption")
    intents: tuple[str, ...] = ("intro", "bump", "breakup")

    def framework_problems(self, framework: Framework) -> list[tuple[str, str]]:
        found = [
            (f"stages.{i}", f"unknown stage '{s}'; define it in the framework")
            for i, s in enumerate(self.stages)
            if s not in framework.stages
        ]
        found += [
            (f"intents.{i}", f"unknown intent '{s}'; define it in the framework")
            for i, s in enumerate(self.intents)
            if s not in framework.intents
        ]
        return found


@rule("lifecycle.post_purchase", verdict=Verdict.BLOCK, params=PostPurchaseParams)
def post_purchase(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: PostPurchaseParams,
) -> list[Finding]:
    """An acquisition-style message (cold intro, bump, breakup) to a customer in
    onboarding or adoption.

    A customer being onboarded needs onboarding help, not a sales sequence; send
    onboarding content instead.
    """
    stage = ctx.contact.stage
    if stage not in params.stages:
        return []
    found = [i for i in params.intents if analysis.has(i)]
    if analysis.is_bump and "bump" in params.intents and "bump" not in found:
        found.append("bump")
    if not found:
        return []
    framework = params.framework
    what = ", ".join(
        framework.intents[i].label if i in framework.intents else i for i in found
    )
    return [
        Finding(
            rule="lifecycle.post_purchase",
            verdict=Verdict.BLOCK,
            message=(
                f"{ctx.contact.display_name} is a customer "
                f"({framework.stage_label(stage)}); an acquisition-style message "
                f"({what}) is out of place — send onboarding content instead."
            ),
            evidence=intent_evidence(analysis, *found),
        )
    ]
