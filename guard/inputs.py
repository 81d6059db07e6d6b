"""What every request body is checked for before anything reaches the database.

`InputModel` is the base of every API input: strict types (`"automated": "yes"` or
`"30"` for a number is a 422, not a guess), no unknown fields, and no NUL byte in any
text (PostgreSQL refuses them; SQLite would store a string that differs from what was
sent). `Instant` and `Day` take ISO 8601 text only, within 1970-2200.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Strict,
    field_validator,
)

from models.bounds import check_day, check_instant, has_nul, refuse_nul

__all__ = ["Day", "InputModel", "Instant", "has_nul"]


def _iso_text(value: Any) -> Any:
    # Epoch numbers are ambiguous (seconds or milliseconds?) and a bool is not a
    # time: only ISO 8601 text, or a date a YAML file already parsed.
    if isinstance(value, bool | int | float):
        raise ValueError("give an ISO 8601 date or time as text, not a number")
    return value


# Strict(False): text is how JSON carries a time; the model's strict mode would
# otherwise want a Python datetime.
Instant = Annotated[
    AwareDatetime,
    Strict(False),
    BeforeValidator(_iso_text),
    AfterValidator(check_instant),
]
Day = Annotated[
    date, Strict(False), BeforeValidator(_iso_text), AfterValidator(check_day)
]


class InputModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    _no_nul = field_validator("*", mode="before")(refuse_nul)
