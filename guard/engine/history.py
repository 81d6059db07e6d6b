"""The statements a snapshot reads: one per kind of record, for any number of contacts.

A single check and a batch run the same statements (a check is a batch of one), each
bounded by time, so its cost does not grow with the history. They are built once: on
the dispatch path composing a SELECT costs more than SQLite takes to run it. They
read tables, not ORM entities: the snapshot is read-only.

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


@dataclass(frozen=True, slots=True)
class AsOf:
    """What was known at `at` (policy simulation), leaving out `own_check`'s touch."""

    at: datetime
    own_check: str  # "" when there is none: no check id is empty


_CONTACTS = Contact.__table__
_ACCOUNTS = Account.__table__
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
# Known at `as_of`: recorded by then, and not the replayed check's own touch. Not
# `sent_at < as_of`: a touch the guard allowed earlier for a later time was in the
# snapshot the check saw, and leaving it out would change the replayed verdict.
_TOUCH_KNOWN = (_TOUCHES.created_at <= bindparam("as_of")) & (
    _TOUCHES.check_id.is_(None) | (_TOUCHES.check_id != bindparam("own_check"))
)
_HISTORY = select(*TOUCH_COLUMNS).where(COUNTED).order_by(_TOUCHES.sent_at.desc())

_INBOUND_MESSAGES = InboundMessage.__table__.c
REPLIED = exists().where(
    _INBOUND_MESSAGES.contact_id == _CONTACTS.c.id, _INBOUND_MESSAGES.kind == "human"
)
_ABSENT = Absence.__table__.c
_INBOUND_COLUMNS = (
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
_INBOUND_KNOWN = (_INBOUND_MESSAGES.received_at < bindparam("as_of")) & (
    _INBOUND_MESSAGES.created_at <= bindparam("as_of")
)
_NOT_LONG_BACK = or_(
    _ABSENT.returns_on.is_(None), _ABSENT.returns_on >= bindparam("tail")
)
_OPEN = _ABSENT.closed_at.is_(None) | (_ABSENT.returns_on >= bindparam("tail"))
# An absence closed after `as_of` was still open then.
_ABSENCE_KNOWN = (_ABSENT.noticed_at < bindparam("as_of")) & (
    _ABSENT.closed_at.is_(None)
    | (_ABSENT.closed_at > bindparam("as_of"))
    | (_ABSENT.returns_on >= bindparam("tail"))
)
_SUPPRESSED = Suppression.__table__.c
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


class Statements:
    """The snapshot's statements, for one contact (`=`) or many (expanding `IN`).

    One contact's statements are the many's with `=` for `IN`: SQLAlchemy renders an
    expanding list anew at each execution, which costs a single check more than the
    rest of its statement handling.
    """

    def __init__(self, one: bool) -> None:
        def among(column: Any, name: str) -> Any:
            if one:
                return column == bindparam(name)
            return column.in_(bindparam(name, expanding=True))

        self.accounts = select(_ACCOUNTS).where(among(_ACCOUNTS.c.id, "account_ids"))
        mine = among(_TOUCHES.contact_id, "ids") & (
            _TOUCHES.sent_at >= bindparam("since")
        )
        group = among(_TOUCHES.account_id, "account_ids") & (
            _TOUCHES.sent_at >= bindparam("group_since")
        )
        # Contacts' touches (60 days) and, with accounts, the accounts' (8 days).
        self.touches = {
            (False, False): _HISTORY.where(mine),
            (True, False): _HISTORY.where(mine | group),
            (False, True): _HISTORY.where(mine, _TOUCH_KNOWN),
            (True, True): _HISTORY.where(mine | group, _TOUCH_KNOWN),
        }
        # The buying group is the account's contacts with a role in this deal: a
        # large account's other thousands of CRM contacts are not part of it. Each
        # contact's group leaves itself out, in memory; with one account, the bound
        # is in SQL.
        self.groups = (
            select(_CONTACTS, REPLIED.label("engaged"))
            .where(
                among(_CONTACTS.c.account_id, "account_ids"),
                _CONTACTS.c.position.is_not(None),
            )
            .order_by(_CONTACTS.c.account_id, _CONTACTS.c.id)
        )
        self.one_group = self.groups.limit(GROUP_LIMIT + 1)
        # Replies with the absence each one opened, if any.
        inbound = (
            select(*_INBOUND_COLUMNS)
            .select_from(InboundMessage.__table__)
            .outerjoin(Absence.__table__, _ABSENT.inbound_id == _INBOUND_MESSAGES.id)
            .where(
                among(_INBOUND_MESSAGES.contact_id, "ids"),
                _INBOUND_MESSAGES.received_at >= bindparam("inbound_since"),
            )
            .order_by(_INBOUND_MESSAGES.received_at.desc())
        )
        self.inbound = {False: inbound, True: inbound.where(_INBOUND_KNOWN)}
        absences = (
            select(Absence.__table__)
            .where(among(_ABSENT.contact_id, "ids"), _NOT_LONG_BACK)
            .order_by(_ABSENT.noticed_at.desc())
        )
        self.absences = {
            False: absences.where(_OPEN),
            True: absences.where(_ABSENCE_KNOWN),
        }
        # The accounts' CRM ids come from the accounts table here, so this statement
        # need not wait for the account rows.
        accounts_refs = select(_ACCOUNTS.c.external_id).where(
            among(_ACCOUNTS.c.id, "account_ids")
        )
        self.suppressions = select(
            _SUPPRESSED.scope, _SUPPRESSED.value, _SUPPRESSED.reason
        ).where(
            ((_SUPPRESSED.scope == "contact") & among(_SUPPRESSED.value, "emails"))
            | ((_SUPPRESSED.scope == "domain") & among(_SUPPRESSED.value, "domains"))
            | ((_SUPPRESSED.scope == "account") & _SUPPRESSED.value.in_(accounts_refs))
        )
        self.senders = (
            select(*SENDER_COLUMNS)
            .select_from(SENDERS_WITH_TEAMS)
            .where(among(_SENDERS.c.email, "senders"))
        )


ONE, MANY = Statements(one=True), Statements(one=False)
SENDERS = MANY.senders

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
        "account_ids": sorted(
            {c.account_id for c in contacts if c.account_id is not None}
        ),
        "emails": emails,
        "domains": sorted({e.rpartition("@")[2] for e in emails}),
        "now": now,
        "since": now - timedelta(days=HISTORY_DAYS),
        "group_since": now - timedelta(days=ACCOUNT_HISTORY_DAYS),
        "inbound_since": now - timedelta(days=INBOUND_DAYS),
        "tail": (now - timedelta(days=ABSENCE_TAIL_DAYS)).date(),
        "agent_since": now - timedelta(days=2),
        "senders": [],
        **extra,
    }
    if known is not None:
        values |= {"as_of": known.at, "own_check": known.own_check}
    return values


_LISTS = ("ids", "account_ids", "emails", "domains", "senders")


def statements(
    values: dict[str, Any], *, agent: bool
) -> tuple[dict[str, Select[Any]], dict[str, Any]]:
    """The statements a snapshot of `values`' contacts runs, by the part they fill,
    and the values to bind: one contact's lists as single values."""
    accounts = values["account_ids"]
    one = all(len(values[name]) <= 1 for name in _LISTS)
    chosen = ONE if one else MANY
    known = "as_of" in values
    parts: dict[str, Select[Any]] = {
        "touches": chosen.touches[bool(accounts), known],
        "inbound": chosen.inbound[known],
        "absences": chosen.absences[known],
        "suppressions": chosen.suppressions,
    }
    if accounts:
        parts["accounts"] = chosen.accounts
        parts["groups"] = chosen.one_group if len(accounts) == 1 else chosen.groups
    if values["senders"]:
        parts["senders"] = chosen.senders
    if agent:
        parts["agent_sends"] = AGENT_SENDS
    if one:
        values = values | {n: values[n][0] if values[n] else None for n in _LISTS}
    return parts, values
