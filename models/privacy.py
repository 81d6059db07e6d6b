"""Erased addresses: what is left of a contact after a data-subject erasure."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utc_now


class ErasedAddress(Base):
    """A salted digest (HMAC-SHA256) of an erased contact's address, never the address.

    A contact created again with the same address is looked up here: if it was opted
    out or suppressed when erased, it comes back suppressed.
    """

    __tablename__ = "erased_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    # The erased row's id: the audit event names it, nothing else does.
    contact_id: Mapped[int]
    erased_at: Mapped[datetime] = mapped_column(default=utc_now)
    consent: Mapped[str] = mapped_column(String(20))
    suppressed: Mapped[bool] = mapped_column(default=False)
