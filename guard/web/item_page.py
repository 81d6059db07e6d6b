"""What the item page shows besides the decision: highlighted evidence, the rewrite as a
diff, the contact's journey timeline, the buying group and the audit trail.

Everything here returns plain strings and flags; the templates escape them, so a
`<script>` in a body is shown as text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from guard.checks.schemas import FindingOut
from models import (
    Absence,
    AuditEvent,
    Contact,
    InboundMessage,
    StageChange,
    Touch,
)
from models.touches import counted_at


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    mark: str | None = None  # the rule whose evidence this is, or None


def _located(
    text: str, ev_text: str, start: int | None, end: int | None
) -> tuple[int, int] | None:
    """Where the evidence is in `text`: its offsets if they match, else a search."""
    fits = start is not None and end is not None and 0 <= start < end <= len(text)
    if fits and (not ev_text or text[start:end].lower() == ev_text.lower()):
        return start, end  # type: ignore[return-value]
    if not ev_text.strip():
        return None
    found = text.lower().find(ev_text.lower())
    return (found, found + len(ev_text)) if found >= 0 else None


def highlight(
    text: str, findings: list[FindingOut], field: str = "body"
) -> list[Segment]:
    """Split `text` into plain and marked segments, one mark per evidence span."""
    spans: list[tuple[int, int, str]] = []
    for f in findings:
        for ev in f.evidence:
            if ev.source != "message" or (ev.field or "body") != field:
                continue
            where = _located(text, ev.text, ev.start, ev.end)
            if where:
                spans.append((*where, f.rule))
    segments, pos = [], 0
    for start, end, rule in sorted(spans):
        if start < pos:  # overlapping evidence: the first span keeps the words
            continue
        if start > pos:
            segments.append(Segment(text[pos:start]))
        segments.append(Segment(text[start:end], rule))
        pos = end
    if pos < len(text):
        segments.append(Segment(text[pos:]))
    return segments


def word_diff(before: str, after: str) -> list[Segment]:
    """The rewrite against the original: mark is 'del', 'ins' or None.

    Lines are compared first; a changed line that still resembles its replacement is
    diffed word by word, a rewritten one is shown whole (struck out, then the new one),
    which reads better than a confetti of single words.
    """
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    out: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = "".join(old[i1:i2]), "".join(new[j1:j2])
        if op == "equal":
            out.append(Segment(a))
        elif op == "replace" and _similar(a, b):
            out.extend(_words(a, b))
        else:
            out.extend(Segment(t, m) for t, m in ((a, "del"), (b, "ins")) if t)
    return out


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a.split(), b.split()).ratio() >= 0.5


def _words(before: str, after: str) -> list[Segment]:
    a, b = re.split(r"(\s+)", before), re.split(r"(\s+)", after)
    out: list[Segment] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(Segment("".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            out.append(Segment("".join(a[i1:i2]), "del"))
        if op in ("insert", "replace"):
            out.append(Segment("".join(b[j1:j2]), "ins"))
    return out


@dataclass(frozen=True, slots=True)
class Event:
    at: datetime
    kind: str  # stage | touch | reply | auto_reply | absence | bounce
    title: str
    detail: str = ""
    channel: str | None = None


def timeline(
    db: Session, contact_id: int, *, limit: int = 40, now: datetime | None = None
) -> list[Event]:
    """The contact's journey, newest first: stages, touches, replies, absences.

    A touch the guard allowed shows as provisional until the CRM confirms it, and not
    at all once it expired unconfirmed (the send never went out)."""
    now = now or datetime.now(UTC)
    events = [
        Event(
            s.changed_at,
            "stage",
            f"Stage {_label(s.from_stage) or 'new'} → {_label(s.stage)}",
            s.source,
        )
        for s in db.scalars(
            select(StageChange).where(StageChange.contact_id == contact_id)
        )
    ]
    for t in db.scalars(
        select(Touch)
        .where(Touch.contact_id == contact_id, counted_at(Touch.expires_at, now))
        .order_by(Touch.sent_at.desc())
        .limit(limit)
    ):
        what = "Bump" if t.is_bump else _label(t.channel).capitalize()
        unconfirmed = " (provisional: not yet confirmed)" if t.expires_at else ""
        events.append(
            Event(
                t.sent_at,
                "touch",
                f"{what} from {t.sender_email}{unconfirmed}",
                t.subject,
                t.channel,
            )
        )
    for m in db.scalars(
        select(InboundMessage)
        .where(InboundMessage.contact_id == contact_id)
        .order_by(InboundMessage.received_at.desc())
        .limit(limit)
    ):
        events.append(_inbound_event(m))
    for a in db.scalars(select(Absence).where(Absence.contact_id == contact_id)):
        back = (
            f"back {a.returns_on:%a %d %b}" if a.returns_on else "return date unknown"
        )
        events.append(
            Event(a.noticed_at, "absence", f"Out of office, {back}", a.evidence)
        )
    return sorted(events, key=lambda e: e.at, reverse=True)[:limit]


def _inbound_event(m: InboundMessage) -> Event:
    kinds = {
        "human": "reply",
        "ooo": "auto_reply",
        "bounce": "bounce",
        "gone": "bounce",
        "auto_ack": "auto_reply",
    }
    kind = kinds.get(m.kind, "reply")
    title = {
        "reply": "Replied" + (f" ({', '.join(m.intents)})" if m.intents else ""),
        "auto_reply": "Auto-reply",
        "bounce": "Bounced" if m.kind == "bounce" else "Address gone",
    }[kind]
    return Event(m.received_at, kind, title, m.body[:240])


def _label(value: str | None) -> str:
    return (value or "").replace("_", " ")


@dataclass(frozen=True, slots=True)
class Member:
    name: str
    title: str
    persona: str
    position: str
    entry_point: bool
    engaged: bool
    touches: int
    is_contact: bool


def buying_group(db: Session, contact: Contact) -> list[Member]:
    """Everyone at the account, who has replied (engaged) and how often we wrote."""
    if contact.account_id is None:
        return []
    people = list(
        db.scalars(
            select(Contact)
            .where(Contact.account_id == contact.account_id)
            .order_by(Contact.last_name)
        )
    )
    ids = [p.id for p in people]
    engaged = set(
        db.scalars(
            select(InboundMessage.contact_id).where(
                InboundMessage.contact_id.in_(ids), InboundMessage.kind == "human"
            )
        )
    )
    counts = dict(
        db.execute(
            select(Touch.contact_id, func.count())
            .where(
                Touch.contact_id.in_(ids),
                counted_at(Touch.expires_at, datetime.now(UTC)),
            )
            .group_by(Touch.contact_id)
        ).all()
    )
    return [
        Member(
            name=" ".join(x for x in (p.first_name, p.last_name) if x) or p.email,
            title=p.title or "",
            persona=_label(p.persona),
            position=_label(p.position),
            entry_point=p.entry_point,
            engaged=p.id in engaged,
            touches=counts.get(p.id, 0),
            is_contact=p.id == contact.id,
        )
        for p in people
    ]


def audit_trail(db: Session, review_id: int, check_id: str) -> list[AuditEvent]:
    """What happened to this item, oldest first: the check, then each decision."""
    query = select(AuditEvent).where(
        or_(
            (AuditEvent.subject_type == "review")
            & (AuditEvent.subject_id == str(review_id)),
            (AuditEvent.subject_type == "check") & (AuditEvent.subject_id == check_id),
        )
    )
    return list(db.scalars(query.order_by(AuditEvent.at, AuditEvent.id)))
