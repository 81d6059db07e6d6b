"""The salted digest that stands in for an erased address.

HMAC-SHA256 under a key derived from GUARD_SECRET_KEY: without the key, a digest cannot
be checked against a list of guessed addresses. Rotating the secret key orphans the
digests taken under the old one (docs/data-protection.md).
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ErasedAddress

_PURPOSE = b"cadence-guard/erased-address/v1"


def address_digest(secret_key: str, email: str) -> str:
    key = hmac.new(secret_key.encode(), _PURPOSE, hashlib.sha256).digest()
    normal = email.strip().lower().encode()
    return hmac.new(key, normal, hashlib.sha256).hexdigest()


def find_erased(db: Session, secret_key: str, email: str) -> ErasedAddress | None:
    digest = address_digest(secret_key, email)
    return db.scalar(select(ErasedAddress).where(ErasedAddress.digest == digest))
