"""Run one check: idempotency, snapshot, decision, record (README, "How a check
works")."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Row
from sqlalchemy.orm import Session

from guard.agents import service as agents
from guard.auth import Caller
from guard.checks import override
from guard.checks.present import DryRun, Later, at_once, contact_zone
from guard.checks.schemas import CheckIn, CheckOut
from guard.checks.stored import find_stored, key_used, load_stored
from guard.engine import snapshot
from guard.engine.decide import Checked, TextRead, decide_check, read_text
from guard.engine.record import DecisionLog, Written, decision_rows, insert_checks
from guard.errors import PayloadTooLarge
from guard.observability import logs, metrics
from guard.policy import Policy
from guard.settings import Settings
from guard.state import GuardState
from guard.touches.service import confirm_sent
from guard.unit_of_work import in_turn
from models.domain import ContactContext, Decision, PlannedSend


def input_digest(check: CheckIn) -> str:
    # Confirmations of earlier sends are not part of this one: a retry may add some.
    exclude = {"idempotency_key", "dry_run", "sent_check_ids"}
    payload = check.model_dump_json(exclude=exclude)
    return hashlib.sha256(payload.encode()).hexdigest()


T = TypeVar("T")


def run_check(
    *,
    db: Session,
    policy: Policy,
    settings: Settings,
    caller: Caller,
    check: CheckIn,
    now: datetime | None = None,
    read: TextRead | None = None,
    answer: Callable[[Any, ZoneInfo], T] = at_once,  # Later: after the commit
) -> T:
    enforce_size(check, settings)
    now = now or datetime.now(UTC)
    started = time.perf_counter()
    digest = input_digest(check)
    contact = _contact(db, check)
    tz = contact_zone(contact.timezone)
    send = check.to_send(contact.id)
    ctx = _claimed(db, check, caller, contact, send, digest=digest, tz=tz, now=now)
    if isinstance(ctx, CheckOut):
        return answer(ctx, tz)  # the answer given before to this idempotency key
    load = time.perf_counter() - started
    checked = decide_check(policy, send, ctx, check.language, read=read)
    decision, override_id = override.redeem(
        db, check, send, checked.decision, caller.key_id, now, settings
    )
    checked = replace(checked, decision=decision)
    observe(checked, caller, check, load)
    if check.dry_run:
        return answer(DryRun(checked, policy.revision), tz)
    log = decision_log(policy, settings, caller, check, digest, checked, load)
    held = override_id is None and agents.hold_for_review(
        db, settings, caller, send, ctx, decision
    )
    log = replace(log, override_review_id=override_id, hold_for_review=held)
    return answer(_write(db, send, ctx, checked, log), tz)


def check_in_turn(
    state: GuardState,
    db: Session | None,
    policy: Policy,
    caller: Caller,
    check: CheckIn,
) -> CheckOut:
    """`run_check` with as little as may be under the write lock (in a worker thread).

    The send's text is analysed first (pure CPU, no lock). A dry run records nothing:
    it reads in a read session (SQLite: BEGIN DEFERRED) and never queues behind
    writers (it needs no `db`). A check that records then runs in `db`'s unit of
    work (guard/db.write_session). Either is presented once its transaction is
    over."""
    settings = state.settings
    run = partial(
        run_check,
        policy=policy,
        settings=settings,
        caller=caller,
        check=check,
        read=read_ahead(policy, settings, check),
        answer=Later,
    )
    if db is None or check.dry_run:
        with state.read_sessionmaker() as reading:
            later = run(db=reading)
    else:
        later = in_turn(db, partial(run, db=db))
    return later.shown()


def read_ahead(policy: Policy, settings: Settings, check: CheckIn) -> TextRead:
    """The analysis of the check's text, made before its turn for the write lock."""
    enforce_size(check, settings)  # not a 10 MB body first
    return read_text(
        policy,
        subject=check.subject,
        body=check.body,
        body_html=check.body_html,
        language=check.language,
    )


def _contact(db: Session, check: CheckIn) -> Row[Any]:
    """The contact's row, locked for a check that records. A draft records nothing:
    it need not queue behind the CRM's dispatch checks."""
    ref = check.contact
    return snapshot.contact_row(
        db, email=ref.email, external_id=ref.external_id, lock=not check.dry_run
    )


def _claimed(
    db: Session,
    check: CheckIn,
    caller: Caller,
    contact: Row[Any],
    send: PlannedSend,
    *,
    digest: str,
    tz: ZoneInfo,
    now: datetime,
) -> ContactContext | CheckOut:
    """The snapshot; before it, for a check that records (the contact locked), the
    earlier sends counted, and a retried idempotency key's earlier answer instead.

    The key is looked up once the lock is held, so a duplicate delivered meanwhile is
    seen. On PostgreSQL the lookup rides in the snapshot's one statement (a round trip
    fewer; a retry drops the snapshot it read); SQLite looks first and reads none."""
    rider = None
    key, key_id = check.idempotency_key, caller.key_id
    if not check.dry_run:
        # Earlier sends the CRM reports as gone out, before this send is counted.
        confirm_sent(db, check.sent_check_ids, key_id=key_id, now=now)
        if key is not None and key_id is not None and _postgres(db):
            rider = key_used(key_id, key)
        elif (stored := find_stored(db, key_id, key, digest, tz)) is not None:
            return stored
    ctx = snapshot.load_context(
        db,
        contact,
        now=now,
        sender=send.sender_email,
        agent_id=send.agent_id,
        rider=rider,
    )
    if rider is not None and key is not None and rider.rows["key_used"]:
        return load_stored(db, key_id, key, digest, tz) or ctx
    return ctx


def _postgres(db: Session) -> bool:
    return db.get_bind().dialect.name == "postgresql"


def _write(
    db: Session,
    send: PlannedSend,
    ctx: ContactContext,
    checked: Checked,
    log: DecisionLog,
) -> Written:
    rows = decision_rows(
        send=send,
        ctx=ctx,
        analysis=checked.analysis,
        decision=checked.decision,
        log=log,
    )
    metrics.write_started(db)
    (written,) = insert_checks(db, [rows])
    logs.note(check_id=written.check_id)
    return written


def observe(checked: Checked, caller: Caller, check: CheckIn, load: float) -> None:
    """A decision's metrics and its request's log fields: a few increments."""
    count_decision(checked.decision, caller, check)
    metrics.observe_phases(load, checked.timings.analysis, checked.timings.rules)
    logs.note(verdict=checked.decision.verdict.value)


def count_decision(decision: Decision, caller: Caller, check: CheckIn) -> None:
    metrics.count_decision(
        decision.verdict.value,
        ((f.rule, f.verdict.value) for f in decision.findings),
        caller=caller.role,
        sender=check.sender.kind,
        dry_run=check.dry_run,
    )


def decision_log(
    policy: Policy,
    settings: Settings,
    caller: Caller,
    check: CheckIn,
    digest: str,
    checked: Checked,
    load: float,
) -> DecisionLog:
    """What the decision log keeps of a check beside its decision; `load`: seconds
    its snapshot took to read."""
    return DecisionLog(
        pack_revision=policy.revision,
        input_digest=digest,
        actor=caller.actor,
        request=check.model_dump(mode="json", exclude={"dry_run"}),
        timings=checked.timings.logged(snapshot=load),
        idempotency_key=check.idempotency_key,
        api_key_id=caller.key_id,
        review_expiry_hours=settings.review_expiry_hours,
        provisional_touch_hours=settings.provisional_touch_hours,
    )


def enforce_size(check: CheckIn, settings: Settings) -> None:
    size = len(check.body.encode()) + len((check.body_html or "").encode())
    if size > settings.max_message_bytes:
        raise PayloadTooLarge(
            f"The message is {size} bytes; "
            f"the limit is {settings.max_message_bytes} bytes.",
            errors=[{"field": "body", "message": "message too large"}],
        )
