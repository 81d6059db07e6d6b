"""Run one check: idempotency, snapshot, analysis, rules, record (README, "How a
check works")."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session, selectinload

from guard.agents import service as agents
from guard.auth import Caller
from guard.checks.schemas import (
    CheckIn,
    CheckOut,
    EvidenceOut,
    FindingOut,
    SuggestionOut,
)
from guard.engine import snapshot
from guard.engine.decide import analyse, decide_send
from guard.engine.record import (
    DecisionLog,
    Written,
    decision_rows,
    evidence_json,
    insert_checks,
    vars_of,
)
from guard.errors import Conflict, NotFound, PayloadTooLarge
from guard.observability import logs, metrics
from guard.policy import Policy
from guard.reviews import override
from guard.settings import Settings
from guard.touches.service import confirm_sent
from models import Check, Contact
from models.domain import Decision, PlannedSend, Verdict


def input_digest(check: CheckIn) -> str:
    # Confirmations of earlier sends are not part of this one: a retry may add some.
    exclude = {"idempotency_key", "dry_run", "sent_check_ids"}
    payload = check.model_dump_json(exclude=exclude)
    return hashlib.sha256(payload.encode()).hexdigest()


def run_check(
    *,
    db: Session,
    policy: Policy,
    settings: Settings,
    caller: Caller,
    check: CheckIn,
    now: datetime | None = None,
) -> CheckOut:
    enforce_size(check, settings)
    now = now or datetime.now(UTC)
    started = time.perf_counter()
    digest = input_digest(check)
    # A draft records nothing: it need not queue behind the CRM's dispatch checks.
    contact = snapshot.contact_row(
        db,
        email=check.contact.email,
        external_id=check.contact.external_id,
        lock=not check.dry_run,
    )
    if not check.dry_run:
        # Earlier sends the CRM reports as gone out, before this send is counted.
        confirm_sent(db, check.sent_check_ids, key_id=caller.key_id, now=now)
    if check.idempotency_key and not check.dry_run:
        stored = _stored(
            db,
            caller.key_id,
            check.idempotency_key,
            digest,
            contact_zone(contact.timezone),
        )
        if stored is not None:
            logs.note(check_id=stored.check_id, verdict=stored.verdict, replayed=True)
            return stored
    sender = check.sender.email.lower()
    agent = check.sender.agent_id
    ctx = snapshot.load_context(db, contact, now=now, sender=sender, agent_id=agent)
    loaded = time.perf_counter()
    send = planned_send(check, contact.id)
    analysis = analyse(send, ctx, check.language, policy.bump_model)
    analysed = time.perf_counter()
    decision = decide_send(policy, send, ctx, analysis)
    decision, override_id = _redeem(db, check, send, decision, now, settings, caller)
    decided = time.perf_counter()
    _observe(decision, caller, check, (started, loaded, analysed, decided))
    if check.dry_run:
        return present_decision(decision, policy.revision, analysis.model_id)
    timings = {
        "snapshot_ms": round((loaded - started) * 1000, 3),
        "analysis_ms": round((analysed - loaded) * 1000, 3),
        "rules_ms": round((decided - analysed) * 1000, 3),
    }
    log = DecisionLog(
        pack_revision=policy.revision,
        input_digest=digest,
        actor=caller.actor,
        request=check.model_dump(mode="json", exclude={"dry_run"}),
        timings=timings,
        idempotency_key=check.idempotency_key,
        api_key_id=caller.key_id,
        review_expiry_hours=settings.review_expiry_hours,
        provisional_touch_hours=settings.provisional_touch_hours,
        override_review_id=override_id,
        hold_for_review=override_id is None
        and agents.hold_for_review(db, settings, caller, send, ctx, decision),
    )
    rows = decision_rows(
        send=send, ctx=ctx, analysis=analysis, decision=decision, log=log
    )
    metrics.write_started(db)
    (written,) = insert_checks(db, [rows])
    logs.note(check_id=written.check_id)
    return present_written(written, contact_zone(contact.timezone))


def _observe(
    decision: Decision, caller: Caller, check: CheckIn, stamps: tuple[float, ...]
) -> None:
    """A decision's metrics and its request's log fields: a few increments."""
    count_decision(decision, caller, check)
    metrics.observe_phases(*stamps)
    logs.note(verdict=decision.verdict.value)


def count_decision(decision: Decision, caller: Caller, check: CheckIn) -> None:
    metrics.count_decision(
        decision.verdict.value,
        ((f.rule, f.verdict.value) for f in decision.findings),
        caller=caller.role,
        sender=check.sender.kind,
        dry_run=check.dry_run,
    )


def _redeem(
    db: Session,
    check: CheckIn,
    send: PlannedSend,
    decision: Decision,
    now: datetime,
    settings: Settings,
    caller: Caller,
) -> tuple[Decision, int | None]:
    """Apply a manager's one-time override; spent only when it lets the send through."""
    if not check.override_token:
        return decision, None
    grant = override.find_grant(
        db,
        token=check.override_token,
        send=send,
        key_id=caller.key_id,
        now=now,
        valid_hours=settings.review_expiry_hours,
    )
    decision = override.apply_grant(decision, grant)
    if decision.verdict is not Verdict.ALLOW:
        return decision, None
    if not check.dry_run:
        override.spend(db, grant.review, now)
    return decision, grant.review.id


def enforce_size(check: CheckIn, settings: Settings) -> None:
    size = len(check.body.encode()) + len((check.body_html or "").encode())
    if size > settings.max_message_bytes:
        raise PayloadTooLarge(
            f"The message is {size} bytes; "
            f"the limit is {settings.max_message_bytes} bytes.",
            errors=[{"field": "body", "message": "message too large"}],
        )


def planned_send(check: CheckIn, contact_id: int) -> PlannedSend:
    return PlannedSend(
        contact_id=contact_id,
        sender_email=check.sender.email.lower(),
        channel=check.channel,
        planned_at=check.planned_at.astimezone(UTC),
        subject=check.subject,
        body=check.body,
        body_html=check.body_html,
        sequence_id=check.sequence.id if check.sequence else None,
        sequence_step=check.sequence.step if check.sequence else None,
        automated=check.automated,
        assets=tuple(check.assets),
        agent_id=check.sender.agent_id,
    )


def callers_keys(key_id: int | None) -> ColumnElement[bool]:
    """The checks whose idempotency keys are this caller's: keys are per API key, so
    nobody can pre-claim another caller's key (the CLI, keyless, has its own)."""
    column = Check.__table__.c.api_key_id
    return column.is_(None) if key_id is None else column == key_id


# Almost every key is new: ask whether it was used with a bare index lookup, and load
# the stored decision only for a real retry.
_KEY_USED = select(Check.__table__.c.id).where(
    Check.__table__.c.idempotency_key == bindparam("key"),
    Check.__table__.c.api_key_id == bindparam("key_id"),
)


def _stored(
    db: Session, key_id: int | None, key: str, digest: str, tz: ZoneInfo
) -> CheckOut | None:
    if (
        key_id is not None
        and not db.execute(_KEY_USED, {"key": key, "key_id": key_id}).first()
    ):
        return None
    row = db.scalar(
        select(Check)
        .options(*_WITH_DECISION)
        .where(Check.idempotency_key == key, callers_keys(key_id))
    )
    return replay_stored(row, key, digest, tz) if row is not None else None


def replay_stored(row: Check, key: str, digest: str, tz: ZoneInfo) -> CheckOut:
    """The stored answer for a retried idempotency key; 409 if the send differs."""
    refuse_changed_send(key, used_for=row.input_digest, digest=digest)
    out = present_check(row, tz)
    return out.model_copy(update={"replayed": True})


def refuse_changed_send(key: str, *, used_for: str, digest: str) -> None:
    if used_for != digest:
        raise Conflict(
            f"Idempotency key {key!r} was already used for a different planned send; "
            "use a new key for a new send.",
        )


# A stored decision is its check row, findings and review item: loaded together.
_WITH_DECISION = selectinload(Check.findings), selectinload(Check.review)


def get_check(db: Session, check_id: str, visible: ColumnElement[bool]) -> CheckOut:
    """A stored check the caller may see (others' are reported as not found)."""
    query = select(Check).options(*_WITH_DECISION).where(Check.id == check_id, visible)
    row = db.scalar(query)
    if row is None:
        raise NotFound(f"No check {check_id!r}.")
    contact = db.get(Contact, row.contact_id) if row.contact_id else None
    return present_check(row, contact_zone(contact.timezone if contact else None))


def list_checks(
    db: Session,
    visible: ColumnElement[bool],
    *,
    verdict: str | None,
    contact: str | None,
    since: datetime | None,
    limit: int,
) -> list[CheckOut]:
    query = select(Check, Contact.timezone).outerjoin(
        Contact, Contact.id == Check.contact_id
    )
    query = query.options(*_WITH_DECISION).where(visible)
    if verdict:
        query = query.where(Check.verdict == verdict)
    if contact:
        query = query.where(Contact.email == contact.lower())
    if since:
        query = query.where(Check.created_at >= since)
    rows = db.execute(query.order_by(Check.created_at.desc()).limit(limit))
    return [present_check(row, contact_zone(tz)) for row, tz in rows]


def contact_zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _local(at: datetime | None, tz: ZoneInfo) -> datetime | None:
    # Stored in UTC, shown in the contact's zone, the way an SDR reads them;
    # a replay converts the same stored instant, so it answers identically.
    return at.astimezone(tz) if at is not None else None


_CHECK_FIELDS = (
    "id",
    "verdict",
    "deliver_after",
    "rewrite",
    "suggestions",
    "pack_revision",
    "model_id",
)
_FINDING_FIELDS = (
    "rule",
    "verdict",
    "severity",
    "message",
    "evidence",
    "deliver_after",
    "overridable",
)


def present_check(row: Check, tz: ZoneInfo) -> CheckOut:
    """The stored decision as the API shows it: a replay answers exactly the same."""
    check = {name: getattr(row, name) for name in _CHECK_FIELDS}
    findings = [{k: getattr(f, k) for k in _FINDING_FIELDS} for f in row.findings]
    review_id = row.review.id if row.review else None
    return _present(check, findings, review_id, tz)


def present_written(written: Written, tz: ZoneInfo) -> CheckOut:
    """A decision just written, shown exactly as its replay will be."""
    rows = written.rows
    return _present(rows.check, rows.findings, written.review_id, tz)


def _present(
    check: Mapping[str, Any],
    findings: Sequence[Mapping[str, Any]],
    review_id: int | None,
    tz: ZoneInfo,
) -> CheckOut:
    return CheckOut(
        check_id=check["id"],
        verdict=check["verdict"],
        deliver_after=_local(check["deliver_after"], tz),
        findings=[
            FindingOut(
                rule=f["rule"],
                verdict=f["verdict"],
                severity=f["severity"],
                message=f["message"],
                evidence=[EvidenceOut(**e) for e in f["evidence"]],
                deliver_after=_local(f["deliver_after"], tz),
                overridable=f["overridable"],
            )
            for f in findings
        ],
        rewrite=check["rewrite"],
        suggestions=[SuggestionOut(**s) for s in check["suggestions"]],
        review_id=review_id,
        pack_revision=check["pack_revision"],
        model_id=check.get("model_id"),
        held_for_review=review_id is not None and check["verdict"] != "block",
    )


def present_decision(
    decision: Decision, revision: str, model_id: str | None = None
) -> CheckOut:
    return CheckOut(
        check_id=None,
        verdict=decision.verdict.value,  # type: ignore[arg-type]
        deliver_after=decision.deliver_after,
        findings=[
            FindingOut(
                rule=f.rule,
                verdict=f.verdict.value,
                severity=f.severity,
                message=f.message,
                evidence=[EvidenceOut(**e) for e in evidence_json(f)],
                deliver_after=f.deliver_after,
                overridable=f.overridable,
            )
            for f in decision.findings
        ],
        rewrite=decision.rewrite,
        suggestions=[SuggestionOut(**vars_of(s)) for s in decision.suggestions],
        pack_revision=revision,
        model_id=model_id,
        dry_run=True,
    )
