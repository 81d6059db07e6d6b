"""POST /v1/checks:batch: many planned sends, their contexts loaded in bulk.

Each item is decided as `run_check` would decide it, in request order, inside the
request's one transaction; a touch one item records is seen by the later items. An
item's own problem (unknown contact, too large, someone else's sender, a reused
idempotency key) is its answer and does not fail the batch.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from guard import collector
from guard.auth import Caller
from guard.checks import scope, service
from guard.checks.present import DryRun, contact_zone, present
from guard.checks.schemas import (
    BatchItemOut,
    BatchOut,
    CheckIn,
    CheckOut,
    ContactRef,
    ProblemOut,
)
from guard.checks.stored import WITH_DECISION, callers_keys, refuse_changed_send
from guard.engine import bulk
from guard.engine.decide import decide_check
from guard.engine.record import (
    DecisionRows,
    Written,
    decision_rows,
    insert_checks,
    provisional_touch_id,
)
from guard.engine.rows import NO_SENDER, ContactLike, SenderFacts, to_touch
from guard.errors import ContactNotFound, GuardError, PayloadTooLarge
from guard.policy import Policy
from guard.settings import Settings
from guard.touches.service import confirm_sent
from models import Check, Touch
from models.domain import MessageAnalysis

_PROBLEM_BASE = "https://cadence-guard.dev/problems/"


@dataclass
class _Batch:
    db: Session
    policy: Policy
    settings: Settings
    caller: Caller
    now: datetime
    found: bulk.Found
    contexts: bulk.Contexts
    senders: dict[str, SenderFacts]
    # Idempotency keys already used, stored or earlier in this batch: the check each
    # names and the digest of the send it was used for.
    stored: dict[str, tuple[str, str]]
    load: float  # seconds the loading took
    # The decisions made, written together once all items are decided. Later items
    # know the touches these record by provisional ids: -1 for the first, -2, ...
    pending: list[DecisionRows] = field(default_factory=list)
    touches_pending: int = 0
    # Every check an answer presents, by id: stored ones and, once written, new ones.
    checks: dict[str, Check | Written] = field(default_factory=dict)
    # Each distinct text analysed once: a sequence sends one template to many
    # contacts. The key is every input of the analysis (the pack's bump model is the
    # batch's); the contact's links already sent decide the analysis's new links.
    analysed: dict[tuple[Any, ...], MessageAnalysis] = field(default_factory=dict)

    def contact(self, ref: ContactRef) -> ContactLike:
        if ref.email is not None:
            found = self.found.by_email.get(ref.email.lower())
        else:
            found = self.found.by_ref.get(str(ref.external_id))
        if found is None:
            name = ref.email or ref.external_id
            raise ContactNotFound(
                f"No contact {name!r}: create it first with "
                "PUT /v1/contacts/{external_id}."
            )
        return found


def run_batch(
    *,
    db: Session,
    policy: Policy,
    settings: Settings,
    caller: Caller,
    items: list[CheckIn | GuardError],
    now: datetime | None = None,
) -> BatchOut:
    """Decide each item; an item that failed validation keeps its problem."""
    if len(items) > settings.max_batch_items:
        raise PayloadTooLarge(
            f"The batch has {len(items)} planned sends; the limit is "
            f"{settings.max_batch_items}: split it into several requests.",
            errors=[{"field": "items", "message": "too many items"}],
        )
    valid = [i for i in items if isinstance(i, CheckIn)]
    with collector.paused():
        batch = _load(db, policy, settings, caller, valid, now or datetime.now(UTC))
        decided = [
            i if isinstance(i, GuardError) else _attempt(batch, i) for i in items
        ]
        batch.checks |= {w.check_id: w for w in insert_checks(db, batch.pending)}
        answers = [_present(batch, index, d) for index, d in enumerate(decided)]
    counts = Counter(a.result.verdict if a.result else "error" for a in answers)
    return BatchOut(items=answers, counts=dict(counts))


def _load(
    db: Session,
    policy: Policy,
    settings: Settings,
    caller: Caller,
    items: list[CheckIn],
    now: datetime,
) -> _Batch:
    """Everything the batch reads, in a constant number of queries."""
    started = time.perf_counter()
    found = bulk.find_contacts(
        db,
        emails=[i.contact.email for i in items if i.contact.email],
        refs=[i.contact.external_id for i in items if i.contact.external_id],
    )
    contacts = found.contacts()
    bulk.lock_contacts(db, contacts)
    sent = {c for i in items if not i.dry_run for c in i.sent_check_ids}
    confirm_sent(db, sent, key_id=caller.key_id, now=now)
    keys = {i.idempotency_key for i in items if i.idempotency_key and not i.dry_run}
    stored_rows = _stored(db, caller.key_id, keys)
    contexts = bulk.load_contexts(db, contacts, now=now)
    senders = bulk.sender_facts(db, {i.sender.email for i in items})
    load = time.perf_counter() - started
    batch = _Batch(
        db, policy, settings, caller, now, found, contexts, senders, {}, load
    )
    for key, row in stored_rows.items():
        batch.stored[key] = (row.id, row.input_digest)
        batch.checks[row.id] = row
    return batch


def _stored(db: Session, key_id: int | None, keys: set[str]) -> dict[str, Check]:
    if not keys:
        return {}
    rows = db.scalars(
        select(Check)
        .options(*WITH_DECISION)
        .where(Check.idempotency_key.in_(keys), callers_keys(key_id))
    )
    return {row.idempotency_key: row for row in rows if row.idempotency_key}


@dataclass(frozen=True, slots=True)
class _Pending:
    """A check of this batch (or a replayed one), shown once the batch is written."""

    check_id: str
    tz: ZoneInfo
    replayed: bool = False


_Decided = CheckOut | _Pending | GuardError


def _attempt(batch: _Batch, item: CheckIn) -> _Decided:
    try:
        decided = _decide(batch, item)
    except GuardError as exc:
        return exc
    if isinstance(decided, CheckOut) and decided.check_id and not decided.replayed:
        _remember_written(batch, decided.check_id)
    return decided


def _present(batch: _Batch, index: int, decided: _Decided) -> BatchItemOut:
    if isinstance(decided, GuardError):
        return BatchItemOut(
            index=index, status=decided.status, problem=_problem(decided)
        )
    if isinstance(decided, _Pending):
        check = batch.checks[decided.check_id]
        out = present(check, decided.tz, replayed=decided.replayed)
        return BatchItemOut(index=index, status=200, result=out)
    return BatchItemOut(index=index, status=200, result=decided)


def _problem(exc: GuardError) -> ProblemOut:
    extra: dict[str, Any] = exc.extra
    return ProblemOut(
        type=_PROBLEM_BASE + exc.type,
        title=exc.title,
        status=exc.status,
        detail=exc.detail,
        errors=extra.get("errors", []),
    )


def _decide(batch: _Batch, item: CheckIn) -> CheckOut | _Pending:
    scope.check_sender(batch.caller, item.sender.email)
    contact = batch.contact(item.contact)
    if item.override_token or item.sender.agent_id:
        # Rare, and redeeming a manager's grant (or an agent's trust level) reads and
        # writes on its own: the single-check path does exactly that.
        return _single(batch, item)
    service.enforce_size(item, batch.settings)
    tz = contact_zone(contact.timezone)
    digest = service.input_digest(item)
    key = item.idempotency_key if not item.dry_run else None
    if key and key in batch.stored:
        check_id, used_for = batch.stored[key]
        refuse_changed_send(key, used_for=used_for, digest=digest)
        return _Pending(check_id, tz, replayed=True)
    sender = item.sender.email.lower()
    team, away = batch.senders.get(sender, NO_SENDER)
    ctx = replace(batch.contexts[contact.id], team=team, sender_away=away)
    send = item.to_send(contact.id)
    text = (send.subject, send.body, send.body_html, item.language, ctx.sent_links)
    analysis = batch.analysed.get(text)
    checked = decide_check(batch.policy, send, ctx, item.language, analysis=analysis)
    batch.analysed.setdefault(text, checked.analysis)
    service.count_decision(checked.decision, batch.caller, item)
    if item.dry_run:
        return present(DryRun(checked, batch.policy.revision), tz)
    # The snapshot's load is the whole batch's, shared by its items.
    log = service.decision_log(
        batch.policy, batch.settings, batch.caller, item, digest, checked, batch.load
    )
    rows = decision_rows(
        send=send,
        ctx=ctx,
        analysis=checked.analysis,
        decision=checked.decision,
        log=log,
    )
    _remember(batch, rows)
    return _Pending(rows.check["id"], tz)


def _single(batch: _Batch, item: CheckIn) -> CheckOut:
    return service.run_check(
        db=batch.db,
        policy=batch.policy,
        settings=batch.settings,
        caller=batch.caller,
        check=item,
        now=batch.now,
    )


def _remember(batch: _Batch, rows: DecisionRows) -> None:
    """What later items must see: the idempotency key used, the touch recorded."""
    batch.pending.append(rows)
    key = rows.check["idempotency_key"]
    if key:
        batch.stored[key] = (rows.check["id"], rows.check["input_digest"])
    if rows.touch is not None:
        touch_id = provisional_touch_id(batch.touches_pending)
        batch.touches_pending += 1
        touch = to_touch(rows.touch, touch_id=touch_id)
        batch.contexts.add_touch(touch, rows.touch["account_id"])


def _remember_written(batch: _Batch, check_id: str) -> None:
    """The same for a check that run_check has already written."""
    with_decision = select(Check).options(*WITH_DECISION)
    row = batch.db.scalar(with_decision.where(Check.id == check_id))
    if row is not None and row.idempotency_key:
        batch.stored[row.idempotency_key] = (row.id, row.input_digest)
        batch.checks[row.id] = row  # a later item may retry its key
    touches = Touch.__table__
    query = select(touches).where(touches.c.check_id == check_id)
    touch = batch.db.execute(query).mappings().first()
    if touch is not None:
        record = to_touch(touch)
        batch.contexts.add_touch(record, touch["account_id"])
