"""Where a mailbox poll stopped: a received time plus the items already seen at it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from guard.mail.source import MailSourceError


@dataclass(frozen=True, slots=True)
class Watermark:
    """Last received time delivered, plus digests of the items delivered at it.

    Mail servers cannot sort by item id (EWS cannot; Graph neither), and
    several items often share one received second, so "after (time, id)" is
    not a query they answer; "at or after time, minus the ones seen" is. The
    stored form is `<ISO time>|<digest>,<digest>,...`.
    """

    received: datetime
    seen: frozenset[str]

    def dump(self) -> str:
        return f"{self.received.isoformat()}|{','.join(sorted(self.seen))}"

    @classmethod
    def load(cls, text: str | None) -> Watermark | None:
        if not text:
            return None
        stamp, _, ids = text.partition("|")
        try:
            received = datetime.fromisoformat(stamp)
        except ValueError:
            raise MailSourceError(
                f"watermark {text[:60]!r} was not written by a mail source; "
                "reset it to None to re-read the mailbox"
            ) from None
        if received.tzinfo is None:
            raise MailSourceError(f"watermark {stamp!r} has no time zone; reset it")
        return cls(received, frozenset(filter(None, ids.split(","))))

    def has_seen(self, received: datetime | None, item_id: str) -> bool:
        return received == self.received and digest(item_id) in self.seen


def digest(item_id: str) -> str:
    # Item ids run to 150+ characters; 16 hex digits keep the watermark short.
    return hashlib.sha256(item_id.encode()).hexdigest()[:16]


def advance(
    mark: Watermark | None, delivered: Iterable[tuple[datetime, str]]
) -> str | None:
    """The watermark after a batch of (received, item id) pairs, as a string."""
    pairs = list(delivered)
    if not pairs:
        return mark.dump() if mark else None
    last = max(received for received, _ in pairs)
    seen = {digest(item_id) for received, item_id in pairs if received == last}
    if mark and mark.received == last:
        seen |= mark.seen
    return Watermark(last, frozenset(seen)).dump()
