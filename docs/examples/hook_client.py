"""Call Cadence Guard's pre-dispatch hook the way a CRM does: sign, send, act.

    GUARD_URL=http://127.0.0.1:8000 GUARD_KEY=cg_… GUARD_SECRET=whsec_… \\
        python docs/examples/hook_client.py send.json

Prints the verdict and what to do with the send. A send that went out is confirmed by
listing its check_id in the next call's `sent_check_ids` (put them in send.json).
Needs `httpx` and `standardwebhooks`.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from standardwebhooks import Webhook


def ask_guard(base: str, key: str, secret: str, payload: dict, msg_id: str) -> dict:
    """One signed call; reuse `msg_id` when retrying so the guard counts it once."""
    body = json.dumps(payload)
    now = datetime.now(UTC)
    headers = {
        "Authorization": f"Bearer {key}",
        "Content-Type": "application/json",
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": Webhook(secret).sign(msg_id, now, body),
    }
    answer = httpx.post(f"{base}/v1/hooks/pre-dispatch", content=body, headers=headers)
    answer.raise_for_status()
    return answer.json()


def action(decision: dict) -> str:
    verdict = decision["verdict"]
    # Once it has gone out, confirm it: its check_id in the next call's sent_check_ids
    # (or POST /v1/touches with check_id); unconfirmed, its touch expires in a day.
    confirm = f"then list {decision['check_id']} in the next call's sent_check_ids"
    if verdict in ("allow", "warn"):
        return f"send now, {confirm}"
    if verdict == "rewrite":
        return f"send the rewrite instead (decision['rewrite']), {confirm}"
    if verdict == "defer":
        return f"reschedule for {decision['deliver_after']}"
    return f"hold: review item {decision['review_id']} awaits a manager"


def main() -> int:
    payload = json.loads(Path(sys.argv[1]).read_text())
    decision = ask_guard(
        os.environ.get("GUARD_URL", "http://127.0.0.1:8000"),
        os.environ["GUARD_KEY"],
        os.environ["GUARD_SECRET"],
        payload,
        msg_id=f"msg_{uuid.uuid4().hex}",
    )
    print(decision["verdict"], "-", action(decision))
    for finding in decision["findings"]:
        print(f"  {finding['rule']}: {finding['message']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
