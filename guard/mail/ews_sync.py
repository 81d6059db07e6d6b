"""SyncFolderItems on an Exchange Inbox: the server's own sync state, one page a batch.

Exchange remembers what a sync state has delivered, so no received-time watermark and
no re-reading of a busy second is needed. The stored watermark is `sync:<state>`. A
first sync (no state, or a watermark written by the older received-time reader) walks
the whole Inbox's ids, but fetches and delivers only the items received within the
window: a mailbox's years of history are skipped, not ingested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exchangelib import Account
from exchangelib.items import ID_ONLY
from exchangelib.services import SyncFolderItems

from guard.mail.ews_items import received

PREFIX = "sync:"
_ID_FIELDS = ("datetime_received",)


@dataclass(frozen=True, slots=True)
class SyncPage:
    """One SyncFolderItems answer: the new items to read, where the sync stands now."""

    items: list[Any]  # exchangelib items (ids and received time only)
    state: str
    done: bool


def is_sync_mark(watermark: str | None) -> bool:
    return bool(watermark) and watermark.startswith(PREFIX)


def sync_page(account: Account, state: str | None, *, limit: int) -> SyncPage:
    """The next page of Inbox changes after `state`; creates only (deletes, read flags
    and updates say nothing about a reply that was not read already)."""
    inbox = account.inbox
    fields = {
        f for f in inbox.normalize_fields(fields=_ID_FIELDS) if not f.field.is_attribute
    }
    service = SyncFolderItems(account=account)
    changes = list(
        service.call(
            folder=inbox,
            shape=ID_ONLY,
            additional_fields=fields,
            sync_state=state,
            ignore=None,
            max_changes_returned=limit,
            sync_scope=None,
        )
    )
    created = [item for kind, item in changes if kind == SyncFolderItems.CREATE]
    new_state = service.sync_state or state or ""
    done = bool(service.includes_last_item_in_range) or new_state == state
    return SyncPage(created, new_state, done)


def within(items: list[Any], since: datetime | None) -> list[Any]:
    """Items received at or after `since` (all when None)."""
    if since is None:
        return items
    return [i for i in items if (received(i) or since) >= since]
