"""What input the guard accepts: days between 1970 and 2200, text without NUL.

Pure checks shared by the API schemas (guard/inputs.py), the sequence files
(rules/features/sequence_lint.py) and the content library
(rules/features/content.py). Far dates are not business: "0001-01-01" or
"9999-12-31" with an offset overflow date arithmetic and the databases' own ranges.
PostgreSQL refuses NUL in text.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

FIRST_DAY = date(1970, 1, 1)
LAST_DAY = date(2200, 12, 31)
# Real UTC offsets run from -12:00 to +14:00.
MAX_OFFSET = timedelta(hours=14)


def check_day(value: date) -> date:
    if not FIRST_DAY <= value <= LAST_DAY:
        raise ValueError(
            f"{value.isoformat()} is out of range: use a day between "
            f"{FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"
        )
    return value


def check_instant(value: datetime) -> datetime:
    offset = value.utcoffset()
    if offset is not None and abs(offset) > MAX_OFFSET:
        raise ValueError("the UTC offset must be between -12:00 and +14:00")
    check_day(value.date())
    return value


NUL_MESSAGE = "text must not contain NUL (\\u0000) characters"


def has_nul(value: Any) -> bool:
    """True when a string anywhere inside `value` holds a NUL character."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list | tuple | set | frozenset):
        return any(has_nul(item) for item in value)
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    return False


def refuse_nul(value: Any) -> Any:
    """A `mode="before"` field validator: the value unchanged, or a ValueError."""
    if has_nul(value):
        raise ValueError(NUL_MESSAGE)
    return value
