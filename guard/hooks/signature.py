"""Standard Webhooks signatures (webhook-id, webhook-timestamp, webhook-signature)."""

from __future__ import annotations

import secrets as random

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from guard.errors import Unauthorized

SECRET_PREFIX = "whsec_"
HEADERS = ("webhook-id", "webhook-timestamp", "webhook-signature")


def new_secret() -> str:
    """A random signing secret in the Standard Webhooks form (whsec_ + base64)."""
    import base64

    return SECRET_PREFIX + base64.b64encode(random.token_bytes(32)).decode()


def verify(body: bytes, headers: dict[str, str], secrets: list[str]) -> str:
    """Check the body against any of `secrets` (two during a rotation).

    Returns the webhook-id; raises Unauthorized naming what is wrong.
    """
    lowered = {k.lower(): v for k, v in headers.items()}
    missing = [h for h in HEADERS if not lowered.get(h)]
    if missing:
        raise Unauthorized(f"Missing webhook header(s): {', '.join(missing)}.")
    last = "no signing secret is configured for this integration"
    for secret in secrets:
        try:
            Webhook(secret).verify(body, lowered, json_parse=False)
            return lowered["webhook-id"]
        except WebhookVerificationError as exc:
            last = str(exc)
        except (ValueError, TypeError):  # a malformed signature header
            last = "malformed webhook-signature header"
    if "timestamp" in last.lower():
        raise Unauthorized(
            f"Webhook timestamp rejected ({last}): it must be within 5 minutes of now."
        )
    raise Unauthorized(f"Webhook signature rejected: {last}.")
