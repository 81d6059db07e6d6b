"""Issuing one-time override tokens: approving a review item yields one.

The token is an HMAC of the reviewed check's random id under the server's secret key,
so the worker can re-derive it to hand it to the integration's callback without any
copy of it at rest (neither in the outbox nor in a cookie); only its digest is stored.
A check redeems it (guard/checks/override.py).
"""

from __future__ import annotations

import base64
import hmac

from guard.checks.override import token_digest

TOKEN_PREFIX = "ovr_"


def new_token(check_id: str, secret_key: str) -> tuple[str, str]:
    """A raw token (shown once) and the digest to store."""
    raw = derive_token(check_id, secret_key)
    return raw, token_digest(raw)


def derive_token(check_id: str, secret_key: str) -> str:
    """The token for the review of `check_id` (a random UUID): 256 bits no one without
    the secret key can compute."""
    mac = hmac.new(secret_key.encode(), f"override:{check_id}".encode(), "sha256")
    return TOKEN_PREFIX + base64.urlsafe_b64encode(mac.digest()).decode().rstrip("=")
