"""The problem+json responses every router declares for its OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path

_PROBLEM = {
    "content": {
        "application/problem+json": {
            "schema": {
                "type": "object",
                "properties": {
                    "type": {"type": "string"},
                    "title": {"type": "string"},
                    "status": {"type": "integer"},
                    "detail": {"type": "string"},
                    "errors": {"type": "array", "items": {"type": "object"}},
                },
            }
        }
    }
}


def also(
    status: int, description: str, model: type | None = None
) -> dict[int | str, dict[str, Any]]:
    """PROBLEMS plus one more success status (a PUT that creates answers 201)."""
    extra: dict[str, Any] = {"description": description}
    if model is not None:
        extra["model"] = model
    return {**PROBLEMS, status: extra}


PROBLEMS: dict[int | str, dict[str, Any]] = {
    status: {"description": text, **_PROBLEM}
    for status, text in (
        (401, "Missing or unknown API key"),
        (403, "This key's role may not do this"),
        (404, "Not found"),
        (409, "Conflict"),
        (413, "Payload too large"),
        (422, "Invalid request: the errors list names each field"),
    )
}


# A row id in a path: beyond 64 bits no database can hold it, so it is a 422, not a
# driver overflow answered as 500.
# Ids are 32-bit INTEGER columns on PostgreSQL: a larger number is a 422, not a 500.
RowId = Annotated[int, Path(ge=1, le=2**31 - 1, description="the row's id")]
