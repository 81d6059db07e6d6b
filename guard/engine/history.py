"""The statements a snapshot reads: one per kind of record, for any number of contacts.

A single check and a batch run the same statements (a single check is a batch of
one). Each is bounded by time, so its cost does not grow with the history. They are
built once: on the dispatch path, composing a SELECT costs more than SQLite takes to
run it; values come in as bound parameters, lists as expanding ones. They read
tables, not ORM entities: the snapshot is read-only.

Every parameter name is unique across the statements so that PostgreSQL can run them
all as one (guard/engine/onestatement.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, exists, or_, select

from models import (
    Absence,
    Account,
    Contact,
    InboundMessage,
    Sender,
    StageChange,
    Suppression,
    Team,
    Touch,
)
from models.touches import counted_at

# The longest window any default rule looks back over is 30 days; keep a margin for
# team packs with longer windows.
HISTORY_DAYS = 60
ACCOUNT_HISTORY_DAYS = 8
INBOUND_DAYS = 120
ABSENCE_TAIL_DAYS = 21
# Buying groups are typically 6-10 people; the bound keeps a check's cost flat.
GROUP_LIMIT = 50


def _ids(name: str) -> Any:
    return bindparam(name, expanding=True)


@dataclass(frozen=True, slots=True)
class AsOf:
    """What was known at `at` (policy simulation), leaving out `own_check`'s touch."""

    at: datetime
    own_check: str  # "" when there is none: no check id is empty


_CONTACTS = Contact.__table__
_ACCOUNTS = Account.__table__
ACCOUNTS = select(_ACCOUNTS).where(_ACCOUNTS.c.id.in_(_ids("account_ids")))

_TOUCHES = Touch.__table__.c
TOUCH_COLUMNS = (
    _TOUCHES.id,
    _TOUCHES.contact_id,
    _TOUCHES.sender_email,
    _TOUCHES.channel,
    _TOUCHES.sent_at,
    _TOUCHES.subject,
    _TOUCHES.body,
    _TOUCHES.automated,
    _TOUCHES.sequence_id,
    _TOUCHES.is_bump,
    _TOUCHES.links,
    _TOUCHES.account_id,
    _TOUCHES.expires_at,
)
# A provisional touch past its expiry was never confirmed: the send did not happen.
COUNTED = counted_at(_TOUCHES.expires_at, bindparam("now"))
_MINE = _TOUCHES.contact_id.in_(_ids("ids")) & (_TOUCHES.sent_at >= bindparam("since"))
_GROUP = _TOUCHES.account_id.in_(_ids("account_ids")) & (
    _TOUCHES.sent_at >= bindparam("group_since")
)
# Known at `as_of`: recorded by then, and not the replayed check's own touch. Not
# `sent_at < as_of`: a touch the guard allowed earlier for a later time was in the
# snapshot the check saw, and leaving it out would change the replayed verdict.
_TOUCH_KNOWN = (_TOUCHES.created_at <= bindparam("as_of")) & (
    _TOUCHES.check_id.is_(None) | (_TOUCHES.check_id != bindparam("own_check"))
)
_HISTORY = select(*TOUCH_COLUMNS).where(COUNTED).order_by(_TOUCHES.sent_at.desc())
# Contacts' touches (60 days) and, when they have accounts, the accounts' (8 days).
TOUCHES = {
    (False, False): _HISTORY.where(_MINE),
    (True, False): _HISTORY.where(_MINE | _GROUP),
    (False, True): _HISTORY.where(_MINE, _TOUCH_KNOWN),
    (True, True): _HISTORY.where(_MINE | _GROUP, _TOUCH_KNOWN),
}

_INBOUND_MESSAGES = InboundMessage.__table__.c
REPLIED = exists().where(
    _INBOUND_MESSAGES.contact_id == _CONTACTS.c.id, _INBOUND_MESSAGES.kind == "human"
)
# The buying group is the account's contacts with a role in this deal: a large
# account's other thousands of CRM contacts are not part of it. Each contact's group
# leaves itself out, in memory; with one account, the bound is in SQL.
GROUPS = (
    select(_CONTACTS, REPLIED.label("engaged"))
    .where(
        _CONTACTS.c.account_id.in_(_ids("account_ids")),
        _CONTACTS.c.position.is_not(None),
    )
    .order_by(_CONTACTS.c.account_id, _CONTACTS.c.id)
)
ONE_GROUP = GROUPS.limit(GROUP_LIMIT + 1)

_ABSENT = Absence.__table__.c
# Replies with the absence each one opened, if any.
_INBOUND = (
    select(
        _INBOUND_MESSAGES.id,
        _INBOUND_MESSAGES.contact_id,
        _INBOUND_MESSAGES.kind,
        _INBOUND_MESSAGES.received_at,
        _INBOUND_MESSAGES.intents,
        _INBOUND_MESSAGES.subject,
        _INBOUND_MESSAGES.body,
        _INBOUND_MESSAGES.scheduling_link,
        _INBOUND_MESSAGES.to_email,
        _ABSENT.id.label("absence_id"),
    )
    .select_from(InboundMessage.__table__)
    .outerjoin(Absence.__table__, _ABSENT.inbound_id == _INBOUND_MESSAGES.id)
    .where(
        _INBOUND_MESSAGES.contact_id.in_(_ids("ids")),
        _INBOUND_MESSAGES.received_at >= bindparam("inbound_since"),
    )
    .order_by(_INBOUND_MESSAGES.received_at.desc())
)
_INBOUND_KNOWN = (_INBOUND_MESSAGES.received_at < bindparam("as_of")) & (
    _INBOUND_MESSAGES.created_at <= bindparam("as_of")
)
INBOUND = {False: _INBOUND, True: _INBOUND.where(_INBOUND_KNOWN)}

_NOT_LONG_BACK = or_(
    _ABSENT.returns_on.is_(None), _ABSENT.returns_on >= bindparam("tail")
)
_ABSENCES = (
    select(Absence.__table__)
    .where(_ABSENT.contact_id.in_(_ids("ids")), _NOT_LONG_BACK)
    .order_by(_ABSENT.noticed_at.desc())
)
# An absence closed after `as_of` was still open then.
_ABSENCE_KNOWN = (_ABSENT.noticed_at < bindparam("as_of")) & (
    _ABSENT.closed_at.is_(None)
    | (_ABSENT.closed_at > bindparam("as_of"))
    | (_ABSENT.returns_on >= bindparam("tail"))
)
ABSENCES = {
    False: _ABSENCES.where(
        _ABSENT.closed_at.is_(None) | (_ABSENT.returns_on >= bindparam("tail"))
    ),
    True: _ABSENCES.where(_ABSENCE_KNOWN),
}

_SUPPRESSED = Suppression.__table__.c
# The accounts' CRM ids come from the accounts table here, so this statement need not
# wait for the account rows.
SUPPRESSIONS = select(_SUPPRESSED.scope, _SUPPRESSED.value, _SUPPRESSED.reason).where(
    ((_SUPPRESSED.scope == "contact") & _SUPPRESSED.value.in_(_ids("emails")))
    | ((_SUPPRESSED.scope == "domain") & _SUPPRESSED.value.in_(_ids("domains")))
    | (
        (_SUPPRESSED.scope == "account")
        & _SUPPRESSED.value.in_(
            select(_ACCOUNTS.c.external_id).where(
                _ACCOUNTS.c.id.in_(_ids("account_ids"))
            )
        )
    )
)

_TEAMS, _SENDERS = Team.__table__, Sender.__table__
SENDER_COLUMNS = (
    _SENDERS.c.email,
    _TEAMS.c.name.label("team"),
    _SENDERS.c.away_status,
    _SENDERS.c.away_starts_at,
    _SENDERS.c.away_ends_at,
    _SENDERS.c.away_message,
)
SENDERS_WITH_TEAMS = _SENDERS.outerjoin(_TEAMS, _SENDERS.c.team_id == _TEAMS.c.id)
SENDERS = (
    select(*SENDER_COLUMNS)
    .select_from(SENDERS_WITH_TEAMS)
    .where(_SENDERS.c.email.in_(_ids("senders")))
)

# An agent's daily cap counts the planned day in the contact's zone: two days back
# covers every zone, and deferred sends recorded for later days are included.
AGENT_SENDS = (
    select(Touch.sent_at)
    .where(
        Touch.agent_id == bindparam("agent_id"),
        Touch.sent_at >= bindparam("agent_since"),
        counted_at(Touch.expires_at, bindparam("now")),
    )
    .order_by(Touch.sent_at.desc())
)


def params(
    contacts: list[Any], now: datetime, known: AsOf | None, **extra: Any
) -> dict[str, Any]:
    """The bound values of every statement above for these contacts."""
    emails = [c.email for c in contacts]
    values = {
        "ids": [c.id for c in contacts],
        "account_ids": sorted({c.account_id for c in contacts if c.account_id}),
        "emails": emails,
        "domains": sorted({e.rpartition("@")[2] for e in emails}),
        "now": now,
        "since": now - timedelta(days=HISTORY_DAYS),
        "group_since": now - timedelta(days=ACCOUNT_HISTORY_DAYS),
        "inbound_since": now - timedelta(days=INBOUND_DAYS),
        "tail": (now - timedelta(days=ABSENCE_TAIL_DAYS)).date(),
        "agent_since": now - timedelta(days=2),
        **extra,
    }
    if known is not None:
        values |= {"as_of": known.at, "own_check": known.own_check}
    return values


def statements(values: dict[str, Any], *, agent: bool) -> dict[str, Select[Any]]:
    """The statements a snapshot of `values`' contacts runs, by the part they fill."""
    grouped = bool(values["account_ids"])
    known = "as_of" in values
    chosen: dict[str, Select[Any]] = {
        "touches": TOUCHES[grouped, known],
        "inbound": INBOUND[known],
        "absences": ABSENCES[known],
        "suppressions": SUPPRESSIONS,
    }
    if grouped:
        chosen["accounts"] = ACCOUNTS
        chosen["groups"] = ONE_GROUP if len(values["account_ids"]) == 1 else GROUPS
    if values.get("senders"):
        chosen["senders"] = SENDERS
    if agent:
        chosen["agent_sends"] = AGENT_SENDS
    return chosen


_STAGE_BEFORE = (
    select(StageChange.stage)
    .where(
        StageChange.contact_id == bindparam("contact_id"),
        StageChange.changed_at <= bindparam("as_of"),
    )
    .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
    .limit(1)
)
_STAGE_AFTER = (
    select(StageChange.from_stage)
    .where(
        StageChange.contact_id == bindparam("contact_id"),
        StageChange.changed_at > bindparam("as_of"),
    )
    .order_by(StageChange.changed_at, StageChange.id)
    .limit(1)
)


def stage_as_of(db: Any, contact: Any, as_of: datetime) -> str:
    """The stage the contact was at `as_of`, from the stage history."""
    values = {"contact_id": contact.id, "as_of": as_of}
    before = db.execute(_STAGE_BEFORE, values).scalar()
    if before is not None:
        return before
    # No change by then: the stage left by the first later change, if it says.
    after = db.execute(_STAGE_AFTER, values).scalar()
    return after or contact.stage
