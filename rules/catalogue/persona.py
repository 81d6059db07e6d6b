"""Persona rule: executives expect a concrete use case before anything else."""

from __future__ import annotations

import re

from models.domain import ContactContext, Finding, MessageAnalysis, PlannedSend, Verdict
from rules.engine.common import policy_evidence, touches_before
from rules.engine.framework import Framework
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 60  # where the family stands in docs/rules.md


class UseCaseMissingParams(RuleParams):
    # Executive personas of the framework always count; these are added to them.
    personas: tuple[str, ...] = ("economic_buyer",)
    executive_titles: tuple[str, ...] = (
        "chief", "ceo", "cfo", "cio", "cto", "coo", "ciso", "cro", "cmo",
        "vp", "vice president", "president", "founder", "managing director",
    )  # fmt: skip

    def framework_problems(self, framework: Framework) -> list[tuple[str, str]]:
        return [
            (f"personas.{i}", f"unknown persona '{p}'; define it in the framework")
            for i, p in enumerate(self.personas)
            if p not in framework.personas
        ]


def _is_executive(ctx: ContactContext, params: UseCaseMissingParams) -> bool:
    person = ctx.contact
    persona = params.framework.personas.get(person.persona or "")
    if (persona is not None and persona.executive) or person.persona in params.personas:
        return True
    title = (person.title or "").casefold()
    return any(
        re.search(rf"\b{re.escape(t)}\b", title) for t in params.executive_titles
    )


@rule("persona.use_case_missing", verdict=Verdict.WARN, params=UseCaseMissingParams)
def use_case_missing(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: UseCaseMissingParams,
) -> list[Finding]:
    """A first touch to an executive or economic buyer states no concrete use case.

    Executives answer sellers who articulate a viable use case for their business;
    lead with one that speaks to the persona's needs.
    """
    if analysis.has("use_case") or touches_before(ctx.touches, send.planned_at):
        return []
    if not _is_executive(ctx, params):
        return []
    framework = params.framework
    person = ctx.contact
    persona = framework.personas.get(person.persona or "")
    needs = (
        ", ".join(persona.needs[:3]) if persona and persona.needs else "business impact"
    )
    role = person.title or framework.persona_label(person.persona)
    return [
        Finding(
            rule="persona.use_case_missing",
            verdict=Verdict.WARN,
            message=(
                f"This first message to {person.display_name} ({role}) has no concrete "
                f"use case; open with one that speaks to {needs}."
            ),
            evidence=(policy_evidence(f"persona {person.persona or role}: executive"),),
        )
    ]
