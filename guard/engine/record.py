"""Persist a decision: check, findings, touch, review item and audit event."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from guard.engine import onewrite
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
    # The touch recorded counts this long after its send time unless the CRM confirms.
    provisional_touch_hours: int = 24
    # An agent's trust level sent this decision to a manager: held, not sent yet.
    hold_for_review: bool = False


def evidence_json(finding: Finding) -> list[dict[str, Any]]:
    return [
        {k: v for k, v in vars_of(e).items() if v is not None} for e in finding.evidence
    ]


def vars_of(obj: object) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__slots__}  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class DecisionRows:
    """The rows one decision writes, as column values: one builder for both writers."""

    check: dict[str, Any]
    findings: list[dict[str, Any]]
    touch: dict[str, Any] | None
    review: dict[str, Any] | None
    audit: dict[str, Any]


def decision_rows(
    *,
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    decision: Decision,
    log: DecisionLog,
) -> DecisionRows:
    check_id = str(uuid.uuid4())
    body = send.body or analysis.text
    check = {
        "id": check_id,
        "contact_id": send.contact_id,
        "sender_email": send.sender_email,
        "sender_kind": "agent" if send.agent_id else "human",
        "agent_id": send.agent_id,
        "channel": send.channel,
        "subject": send.subject,
        "body": body,
        "planned_at": send.planned_at,
        "sequence_id": send.sequence_id,
        "sequence_step": send.sequence_step,
        "automated": send.automated,
        **decision_fields(decision),
        "team": ctx.team,
        "created_at": ctx.now,
        "pack_revision": log.pack_revision,
        "model_id": analysis.model_id,
        "input_digest": log.input_digest,
        "request": log.request,
        "timings": log.timings,
        "idempotency_key": log.idempotency_key,
        "api_key_id": log.api_key_id,
        "override_review_id": log.override_review_id,
    }
    findings = [{"check_id": check_id, **finding_fields(f)} for f in decision.findings]
    sends_now = decision.verdict in SENDS_NOW and not log.hold_for_review
    reviewed = decision.verdict is Verdict.BLOCK or log.hold_for_review
    return DecisionRows(
        check=check,
        findings=findings,
        touch=_touch(check, send, ctx, analysis, log.provisional_touch_hours)
        if sends_now
        else None,
        review=_review(check, ctx, log.review_expiry_hours) if reviewed else None,
        audit=_audit(check, findings, log.actor),
    )


_INSERT_CHECKS = insert(Check.__table__)
_INSERT_FINDINGS = insert(FindingRow.__table__)
_INSERT_TOUCHES = insert(Touch.__table__).returning(
    Touch.__table__.c.id, sort_by_parameter_order=True
)
_INSERT_REVIEWS = insert(ReviewItem.__table__).returning(
    ReviewItem.__table__.c.check_id, ReviewItem.__table__.c.id
)
_INSERT_AUDIT = insert(AuditEvent.__table__)


@dataclass(frozen=True, slots=True)
class Written:
    """A decision as stored: its rows, with the ids the database gave."""

    rows: DecisionRows
    review_id: int | None

    @property
    def check_id(self) -> str:
        return self.rows.check["id"]


def insert_checks(db: Session, decisions: Sequence[DecisionRows]) -> list[Written]:
    """Write decisions with one INSERT per table; return them as stored.

    Plain INSERTs: the ORM's unit of work costs several times what the database takes
    to store the rows. A finding may cite a touch written in the same call by its
    provisional id: -1 for the first touch of `decisions`, -2 for the second, and so
    on (a batch's later items know its earlier touches so); the real ids replace them.
    """
    if not decisions:
        return []
    conn = db.connection()
    if len(decisions) == 1 and onewrite.fits(conn, decisions[0]):
        (rows,) = decisions  # PostgreSQL: one statement, one round trip
        return [Written(rows, onewrite.insert_one(conn, rows))]
    conn.execute(_INSERT_CHECKS, [r.check for r in decisions])
    touches = [r.touch for r in decisions if r.touch is not None]
    ids = conn.execute(_INSERT_TOUCHES, touches).scalars().all() if touches else []
    real = {str(provisional_touch_id(n)): str(i) for n, i in enumerate(ids)}
    findings = [[_renumbered(f, real) for f in r.findings] for r in decisions]
    if any(findings):
        conn.execute(_INSERT_FINDINGS, [f for some in findings for f in some])
    reviews = [r.review for r in decisions if r.review is not None]
    review_ids = dict(conn.execute(_INSERT_REVIEWS, reviews).all()) if reviews else {}
    conn.execute(_INSERT_AUDIT, [r.audit for r in decisions])
    return [
        Written(replace(r, findings=f), review_ids.get(r.check["id"]))
        for r, f in zip(decisions, findings, strict=True)
    ]


def provisional_touch_id(index: int) -> int:
    """How a batch's later items know the `index`-th touch it records, until written."""
    return -(index + 1)


def _renumbered(finding: dict[str, Any], real: dict[str, str]) -> dict[str, Any]:
    evidence = finding["evidence"]
    if not real or not any(_cites_provisional(e, real) for e in evidence):
        return finding
    cited = [
        {**e, "id": real[e["id"]]} if _cites_provisional(e, real) else e
        for e in evidence
    ]
    return {**finding, "evidence": cited}


def _cites_provisional(evidence: dict[str, Any], real: dict[str, str]) -> bool:
    return evidence.get("source") == "touch" and evidence.get("id") in real


def decision_fields(decision: Decision) -> dict[str, Any]:
    """The check row's columns that hold the decision itself."""
    return {
        "verdict": decision.verdict.value,
        "deliver_after": decision.deliver_after,
        "rewrite": decision.rewrite,
        "suggestions": [vars_of(s) for s in decision.suggestions],
    }


def finding_fields(f: Finding) -> dict[str, Any]:
    """A finding row's columns, but the check it belongs to."""
    return {
        "rule": f.rule,
        "verdict": f.verdict.value,
        "severity": f.severity,
        "message": f.message,
        "evidence": evidence_json(f),
        "deliver_after": f.deliver_after,
        "overridable": f.overridable,
    }


def _touch(
    check: dict[str, Any],
    send: PlannedSend,
    ctx: ContactContext,
    a: MessageAnalysis,
    provisional_hours: int,
) -> dict[str, Any]:
    """The send as the guard allowed it: provisional until the CRM confirms it."""
    sent_at = max(send.planned_at, ctx.now)
    return {
        "contact_id": send.contact_id,
        "account_id": ctx.contact.account_id,
        "sender_email": send.sender_email,
        "sender_kind": check["sender_kind"],
        "agent_id": send.agent_id,
        "channel": send.channel,
        "subject": send.subject,
        "body": check["rewrite"] or check["body"],
        "sent_at": sent_at,
        "automated": send.automated,
        "sequence_id": send.sequence_id,
        "sequence_step": send.sequence_step,
        "is_bump": a.is_bump and check["rewrite"] is None,
        "links": sorted(set(send.assets) | set(a.links)),
        "check_id": check["id"],
        "source": "guard",
        "expires_at": sent_at + timedelta(hours=provisional_hours),
        "confirmed_at": None,
    }


def _review(
    check: dict[str, Any], ctx: ContactContext, expiry_hours: int
) -> dict[str, Any]:
    return {
        "check_id": check["id"],
        "team": ctx.team,
        "sender_email": check["sender_email"],
        "expires_at": ctx.now + timedelta(hours=expiry_hours),
        "created_at": ctx.now,
    }


def _audit(
    check: dict[str, Any], findings: list[dict[str, Any]], actor: str
) -> dict[str, Any]:
    return {
        "at": check["created_at"],
        "actor": actor,
        "action": "check.decided",
        "subject_type": "check",
        "subject_id": check["id"],
        "data": {
            "verdict": check["verdict"],
            "rules": [f["rule"] for f in findings],
            "pack_revision": check["pack_revision"],
        },
    }
