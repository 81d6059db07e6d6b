"""Consent rule: opted out, hard-bounced or do-not-contact means no message at all."""

from __future__ import annotations

from models.domain import (
    ContactContext,
    Evidence,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)
from rules.engine.registry import RuleParams, rule

FAMILY_POSITION = 90  # where the family stands in docs/rules.md

_STATE_WORDS = {
    "opted_out": "opted out",
    "bounced": "hard-bounced",
    "do_not_contact": "is on the do-not-contact list",
}


class ConsentParams(RuleParams):
    states: tuple[str, ...] = ("opted_out", "bounced", "do_not_contact")


def _reasons(ctx: ContactContext, params: ConsentParams) -> list[Evidence]:
    person = ctx.contact
    found: list[Evidence] = []
    if person.consent in params.states:
        found.append(Evidence(source="contact", id=str(person.id), text=person.consent))
    for entry in ctx.suppressions:
        text = f"{entry.scope} {entry.value}" + (
            f": {entry.reason}" if entry.reason else ""
        )
        found.append(Evidence(source="policy", id=entry.value, text=text))
    if ctx.account is not None and ctx.account.do_not_contact:
        found.append(
            Evidence(
                source="policy",
                id=str(ctx.account.id),
                text=f"account {ctx.account.name}: do not contact",
            )
        )
    return found


@rule(
    "consent.suppressed",
    verdict=Verdict.BLOCK,
    params=ConsentParams,
    required=True,
)
def suppressed(
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    params: ConsentParams,
) -> list[Finding]:
    """The contact opted out, bounced hard, or is on a do-not-contact list (contact,
    domain or account).

    CAN-SPAM and GDPR: blocked, and only an admin may override. Packs cannot turn this
    rule off.
    """
    reasons = _reasons(ctx, params)
    if not reasons:
        return []
    person = ctx.contact
    why = _STATE_WORDS.get(person.consent, "is covered by a do-not-contact entry")
    if person.consent not in params.states:
        why = "is covered by a do-not-contact entry (" + reasons[0].text + ")"
    return [
        Finding(
            rule="consent.suppressed",
            verdict=Verdict.BLOCK,
            severity="high",
            message=f"{person.display_name} {why}; no message may be sent.",
            evidence=tuple(reasons),
            overridable=False,
        )
    ]
