"""Persist a decision: check, findings, touch, review item and audit event."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from models import AuditEvent, Check, FindingRow, ReviewItem, Touch
from models.domain import (
    ContactContext,
    Decision,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Verdict,
)

# These verdicts let the send go ahead now (a rewrite goes out in its rewritten form),
# so the touch is recorded and the next check counts it.
SENDS_NOW = frozenset({Verdict.ALLOW, Verdict.WARN, Verdict.REWRITE})


@dataclass(frozen=True, slots=True)
class DecisionLog:
    """What the decision log keeps beside the decision itself (STYLE habit 8)."""

    pack_revision: str
    input_digest: str
    actor: str
    request: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    idempotency_key: str | None = None
    api_key_id: int | None = None
    override_review_id: int | None = None
    review_expiry_hours: int = 72


def evidence_json(finding: Finding) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in vars_of(e).items() if v is not None} for e in finding.evidence
    ]


def vars_of(obj: object) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


def save_check(
    db: Session,
    *,
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    decision: Decision,
    log: DecisionLog,
    flush: bool = True,
) -> Check:
    """Write the decision log row and everything the decision implies.

    `flush=False` leaves the rows pending: a batch flushes once for all its items,
    which costs a tenth of a flush per item.
    """
    check = Check(
        id=str(uuid.uuid4()),
        contact_id=send.contact_id,
        sender_email=send.sender_email,
        channel=send.channel,
        subject=send.subject,
        body=send.body or analysis.text,
        planned_at=send.planned_at,
        sequence_id=send.sequence_id,
        sequence_step=send.sequence_step,
        automated=send.automated,
        verdict=decision.verdict.value,
        deliver_after=decision.deliver_after,
        rewrite=decision.rewrite,
        suggestions=[vars_of(s) for s in decision.suggestions],
        team=ctx.team,
        created_at=ctx.now,
        pack_revision=log.pack_revision,
        input_digest=log.input_digest,
        request=log.request,
        timings=log.timings,
        idempotency_key=log.idempotency_key,
        api_key_id=log.api_key_id,
        override_review_id=log.override_review_id,
    )
    check.findings = [_finding_row(f) for f in decision.findings]
    db.add(check)
    # The id is made here, so the rows below need no round trip first: one flush
    # writes them all, in foreign-key order.
    if decision.verdict in SENDS_NOW:
        db.add(_touch(check, send, ctx, analysis))
    blocked = decision.verdict is Verdict.BLOCK
    check.review = _review(check, ctx, log.review_expiry_hours) if blocked else None
    db.add(_audit(check, log.actor))
    if flush:
        db.flush()
    return check


def _finding_row(f: Finding) -> FindingRow:
    return FindingRow(
        rule=f.rule,
        verdict=f.verdict.value,
        severity=f.severity,
        message=f.message,
        evidence=evidence_json(f),
        deliver_after=f.deliver_after,
        overridable=f.overridable,
    )


def _touch(
    check: Check, send: PlannedSend, ctx: ContactContext, a: MessageAnalysis
) -> Touch:
    return Touch(
        contact_id=send.contact_id,
        account_id=ctx.contact.account_id,
        sender_email=send.sender_email,
        channel=send.channel,
        subject=send.subject,
        body=check.rewrite or check.body,
        sent_at=max(send.planned_at, ctx.now),
        automated=send.automated,
        sequence_id=send.sequence_id,
        sequence_step=send.sequence_step,
        is_bump=a.is_bump and check.rewrite is None,
        links=sorted(set(send.assets) | set(a.links)),
        check_id=check.id,
        source="guard",
    )


def _review(check: Check, ctx: ContactContext, expiry_hours: int) -> ReviewItem:
    return ReviewItem(
        check_id=check.id,
        team=ctx.team,
        sender_email=check.sender_email,
        expires_at=ctx.now + timedelta(hours=expiry_hours),
        created_at=ctx.now,
    )


def _audit(check: Check, actor: str) -> AuditEvent:
    return AuditEvent(
        at=check.created_at,
        actor=actor,
        action="check.decided",
        subject_type="check",
        subject_id=check.id,
        data={
            "verdict": check.verdict,
            "rules": [f.rule for f in check.findings],
            "pack_revision": check.pack_revision,
        },
    )
