"""When may this contact be touched next? The SDR's view of one person's cadence."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Literal

from pydantic import BaseModel
from sqlalchemy.orm import Session

from guard.engine.decide import decide_check
from guard.engine.snapshot import load_context
from guard.policy import Policy
from models import Contact
from models.domain import (
    CHANNELS,
    ContactContext,
    PlannedSend,
    TouchRecord,
    Verdict,
)


class AbsenceNow(BaseModel):
    returns_on: date | None
    source: str
    evidence: str
    alternate_contacts: list[dict[str, str | None]]


class WindowUse(BaseModel):
    window_days: int
    limit: int
    used: int
    left: int
    # Of `used`: touches the guard allowed that the CRM has not confirmed yet (they
    # count until they expire, GUARD_PROVISIONAL_TOUCH_HOURS after their send time).
    provisional: int = 0


class NextAllowed(BaseModel):
    at: datetime | None  # None: blocked, no time helps
    verdict: str
    rules: list[str]
    reasons: list[str]


class CadenceOut(BaseModel):
    contact: str
    stage: str
    now: datetime
    absence: AbsenceNow | None
    limits: list[WindowUse]
    last_touch_at: datetime | None
    # "provisional" (allowed by a check, not yet confirmed by the CRM) or "confirmed".
    last_touch_status: Literal["provisional", "confirmed"] | None = None
    next_allowed: dict[str, NextAllowed]


def cadence_of(
    db: Session, *, policy: Policy, contact: Contact, now: datetime | None = None
) -> CadenceOut:
    now = now or datetime.now(UTC)
    ctx = load_context(db, contact, now=now, sender="")
    return CadenceOut(
        contact=contact.email,
        stage=contact.stage,
        now=now,
        absence=_absence(ctx),
        limits=_limits(policy, ctx),
        last_touch_at=ctx.touches[0].sent_at if ctx.touches else None,
        last_touch_status=_status(ctx.touches[0]) if ctx.touches else None,
        next_allowed={channel: _probe(policy, ctx, channel) for channel in CHANNELS},
    )


def _absence(ctx: ContactContext) -> AbsenceNow | None:
    today = ctx.now.date()
    for a in ctx.absences:
        if a.returns_on is None or a.returns_on > today:
            alternates = [
                {"name": x.name, "email": x.email} for x in a.alternate_contacts
            ]
            return AbsenceNow(
                returns_on=a.returns_on,
                source=a.source,
                evidence=a.evidence,
                alternate_contacts=alternates,
            )
    return None


def _limits(policy: Policy, ctx: ContactContext) -> list[WindowUse]:
    params = policy.pack.params_for("cadence.contact", ctx.team)
    uses = []
    for days, limit in ((7, params.max_per_7_days), (30, params.max_per_30_days)):
        within = [t for t in ctx.touches if t.sent_at > ctx.now - timedelta(days=days)]
        used = len(within)
        uses.append(
            WindowUse(
                window_days=days,
                limit=limit,
                used=used,
                left=max(0, limit - used),
                provisional=sum(1 for t in within if t.provisional),
            )
        )
    return uses


def _status(touch: TouchRecord) -> Literal["provisional", "confirmed"]:
    return "provisional" if touch.provisional else "confirmed"


def _probe(policy: Policy, ctx: ContactContext, channel: str) -> NextAllowed:
    """Decide a neutral, manual send on `channel` now: what stands in its way?"""
    send = PlannedSend(
        contact_id=ctx.contact.id, sender_email="", channel=channel, planned_at=ctx.now
    )
    decision = decide_check(policy, send, ctx, ctx.contact.language).decision
    if decision.verdict is Verdict.BLOCK:
        at = None
    else:
        at = decision.deliver_after or ctx.now
    return NextAllowed(
        at=at,
        verdict=decision.verdict.value,
        rules=list(decision.rules),
        reasons=[f.message for f in decision.findings],
    )
