"""Snapshot in, decision out: the one way a planned send is decided, with no I/O.

Every path that decides a send (a check, a batch item, the cadence probe, the policy
simulation, the start-up warm-up) calls `decide_check`: the analysis of the text, then
the pure rules of the policy's pack.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from guard.analysis.model.linear import LinearModel
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.outgoing.links import unsent
from guard.policy import Policy
from models.domain import (
    ContactContext,
    Decision,
    MessageAnalysis,
    Person,
    PlannedSend,
)
from rules.engine.evaluate import decide


@dataclass(frozen=True, slots=True)
class Timings:
    """Seconds a decision spent in its two phases (time.perf_counter)."""

    analysis: float
    rules: float

    def logged(self, snapshot: float) -> dict[str, float]:
        """The decision log's timings, in milliseconds, with the snapshot's load."""
        return {
            "snapshot_ms": round(snapshot * 1000, 3),
            "analysis_ms": round(self.analysis * 1000, 3),
            "rules_ms": round(self.rules * 1000, 3),
        }


@dataclass(frozen=True, slots=True)
class Checked:
    """A decided send: what the text is, what the rules answered, how long each took."""

    analysis: MessageAnalysis
    decision: Decision
    timings: Timings


@dataclass(frozen=True, slots=True)
class TextRead:
    """A send's text analysed before its contact's snapshot is read, so outside the
    write lock: the whole analysis but for the links already sent to the contact."""

    analysis: MessageAnalysis  # new_links: against no links sent before
    model: LinearModel | None  # the bump model it was judged with
    seconds: float

    def for_contact(self, ctx: ContactContext) -> MessageAnalysis:
        fresh = unsent(self.analysis.new_links, ctx.sent_links)
        return replace(self.analysis, new_links=fresh)


def read_text(
    policy: Policy,
    *,
    subject: str,
    body: str,
    body_html: str | None,
    language: str | None,
) -> TextRead:
    """The part of `decide_check` that depends on the send's text alone."""
    started = time.perf_counter()
    analysis = analyse_outgoing(
        subject=subject,
        body=body,
        body_html=body_html,
        language=language,
        model=policy.bump_model,
    )
    return TextRead(analysis, policy.bump_model, time.perf_counter() - started)


def decide_check(
    policy: Policy,
    send: PlannedSend,
    ctx: ContactContext,
    language: str | None,
    *,
    analysis: MessageAnalysis | None = None,
    read: TextRead | None = None,
) -> Checked:
    """Decide `send` to the contact of `ctx` under `policy`.

    `language`: the caller's hint for the analysis (None: detected). `analysis`: the
    send's analysis already made under this policy's bump model (the policy simulation
    reuses it when both policies judge text alike); `read`: `send`'s text read ahead
    (used if the policy's bump model is still the one it was read with); None:
    analysed here.
    """
    started = time.perf_counter()
    ahead = 0.0
    if analysis is None and read is not None and read.model is policy.bump_model:
        analysis, ahead = read.for_contact(ctx), read.seconds
    if analysis is None:
        analysis = analyse_outgoing(
            subject=send.subject,
            body=send.body,
            body_html=send.body_html,
            language=language,
            sent_links=ctx.sent_links,
            model=policy.bump_model,
        )
    analysed = time.perf_counter()
    decision = decide(
        policy.pack, send, ctx, analysis, team=ctx.team, assets=policy.assets
    )
    timings = Timings(ahead + analysed - started, time.perf_counter() - analysed)
    return Checked(analysis, decision, timings)


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
    decide_check(policy, send, ctx, "en")
