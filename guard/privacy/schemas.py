"""What an erasure answers: what went, and how the address is remembered."""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErasureOut(BaseModel):
    contact_id: int = Field(description="the erased contact's id (now unknown)")
    digest_prefix: str = Field(
        description="the first 12 hex digits of the address's salted digest"
    )
    suppressed: bool = Field(
        description="true: importing the address again brings it back suppressed"
    )
    rows: dict[str, int] = Field(description="rows deleted or scrubbed, per table")
