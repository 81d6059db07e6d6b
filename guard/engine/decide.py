"""Snapshot in, decision out: the analysis and the pure rules, with no I/O."""

from __future__ import annotations

from datetime import UTC, datetime

from guard.analysis.model.linear import LinearModel
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.policy import Policy
from models.domain import (
    ContactContext,
    Decision,
    MessageAnalysis,
    Person,
    PlannedSend,
)
from rules.engine.evaluate import decide


def analyse(
    send: PlannedSend,
    ctx: ContactContext,
    language: str | None,
    model: LinearModel | None = None,
) -> MessageAnalysis:
    """The send's analysis; `model`: the deployment's bump model (None: shipped)."""
    return analyse_outgoing(
        subject=send.subject,
        body=send.body,
        body_html=send.body_html,
        language=language,
        sent_links=ctx.sent_links,
        model=model,
    )


def decide_send(
    policy: Policy, send: PlannedSend, ctx: ContactContext, analysis: MessageAnalysis
) -> Decision:
    return decide(policy.pack, send, ctx, analysis, team=ctx.team, assets=policy.assets)


def warm_decision(policy: Policy) -> None:
    """Run one decision on a made-up contact so first-use costs (holiday calendars,
    compiled templates, rule plans) are paid at start-up, not by a caller."""
    now = datetime.now(UTC)
    person = Person(id=0, email="warm-up@example.com", first_name="Ada", country="GB")
    ctx = ContactContext(now=now, contact=person)
    send = PlannedSend(
        contact_id=0,
        sender_email="warm-up@example.com",
        channel="email",
        planned_at=now,
        subject="Following up",
        body="Hi Ada, just bumping this to the top of your inbox. Best, Sam",
    )
    decide_send(policy, send, ctx, analyse(send, ctx, "en", policy.bump_model))
