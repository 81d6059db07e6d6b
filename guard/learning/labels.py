"""Training labels from the review queue: a manager's decision on a send the bump
model judged.

Only reviews where the bump finding alone held the send teach anything: if another
rule also held it (cadence, consent, an absence), approving or rejecting may answer
that rule, not the bump judgement. Then:

| decision | label |
|---|---|
| rejected | the body as written is a `bump` (the manager agreed it must not go) |
| approved | `not_bump` (the manager let it go as written: not an empty nudge) |
| edited | the original body is a `bump`; the manager's approved text is `not_bump` |
| expired, pending | nothing |

The bump finding counts when the model judged the text: `bump.premature` as a bump or
"may be a bump", not the note for a language the model cannot read.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Check, FindingRow, ReviewItem
from models.domain import Verdict

BUMP_RULE = "bump.premature"
DECIDED = ("approved", "rejected", "edited")


def review_labels(db: Session) -> list[dict[str, Any]]:
    """Training items (the rows of rules/training/outgoing/*.jsonl) from decided
    reviews, oldest decision first; `core` keeps an edit's two texts in one fold."""
    rows = db.execute(
        select(ReviewItem, Check)
        .join(Check, Check.id == ReviewItem.check_id)
        .where(ReviewItem.status.in_(DECIDED))
        .order_by(ReviewItem.decided_at, ReviewItem.id)
    ).all()
    findings: dict[str, list[FindingRow]] = defaultdict(list)
    ids = [check.id for _, check in rows]
    for start in range(0, len(ids), 500):
        for f in db.scalars(
            select(FindingRow).where(FindingRow.check_id.in_(ids[start : start + 500]))
        ):
            findings[f.check_id].append(f)
    items: list[dict[str, Any]] = []
    for review, check in rows:
        if taught_by_bump(findings[check.id]):
            items += _items(review, check)
    return items


def taught_by_bump(findings: list[FindingRow]) -> bool:
    """Whether the bump finding alone held the send (see the module's table)."""
    judged = [f for f in findings if f.rule == BUMP_RULE and f.severity != "low"]
    others = [f for f in findings if f.rule != BUMP_RULE]
    return bool(judged) and all(Verdict(f.verdict) <= Verdict.WARN for f in others)


def labels_digest(items: list[dict[str, Any]]) -> str:
    text = json.dumps(items, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _items(review: ReviewItem, check: Check) -> list[dict[str, Any]]:
    request = check.request or {}
    base = {
        "language": request.get("language"),
        "channel": check.channel,
        "subject": check.subject or "",
        "kind": f"review_{review.status}",
        "core": f"review-{review.id}",
    }
    if review.status == "approved":
        return [{**base, "id": f"review-{review.id}", "body": check.body,
                 "label": "not_bump"}]  # fmt: skip
    items = [{**base, "id": f"review-{review.id}", "body": check.body, "label": "bump"}]
    if review.status == "edited" and review.edited_body:
        items.append(
            {
                **base,
                "id": f"review-{review.id}-edited",
                "subject": review.edited_subject or base["subject"],
                "body": review.edited_body,
                "label": "not_bump",
            }
        )
    return items
