"""Snapshot in, decision out: the analysis and the pure rules, with no I/O."""

from __future__ import annotations

from guard.analysis.outgoing import analyse_outgoing
from guard.policy import Policy
from models.domain import ContactContext, Decision, MessageAnalysis, PlannedSend
from rules.evaluate import decide


def analyse(
    send: PlannedSend, ctx: ContactContext, language: str | None
) -> MessageAnalysis:
    return analyse_outgoing(
        subject=send.subject,
        body=send.body,
        body_html=send.body_html,
        language=language,
        sent_links=ctx.sent_links,
    )


def decide_send(
    policy: Policy, send: PlannedSend, ctx: ContactContext, analysis: MessageAnalysis
) -> Decision:
    return decide(policy.pack, send, ctx, analysis, team=ctx.team, assets=policy.assets)
