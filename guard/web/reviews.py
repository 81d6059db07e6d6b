"""The queue and the item page, and the forms that decide an item."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from guard.db import DbSession
from guard.errors import GuardError, NotFound
from guard.policy import CurrentPolicy
from guard.responses import RowId
from guard.reviews import queries, service
from guard.reviews.queries import Filters, Reviewer
from guard.reviews.schemas import ApprovalOut, DecisionIn, EditIn
from guard.state import state_of
from guard.unit_of_work import UnitOfWorkRoute
from guard.web import item_page
from guard.web.render import page, redirect
from guard.web.session import Form, WebUser
from models import REVIEW_STATUSES, ReviewItem

router = APIRouter(prefix="/ui", include_in_schema=False, route_class=UnitOfWorkRoute)
# Queue filter "waiting": (min hours, max hours).
AGES = {"new": (None, 24.0), "day": (24.0, 72.0), "old": (72.0, None)}


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/ui/queue", status_code=303)


def _filters(request: Request, reviewer: Reviewer) -> tuple[Filters, dict[str, str]]:
    q = {k: v for k, v in request.query_params.items() if v}
    status = q.get("status", "pending")
    low, high = AGES.get(q.get("age", ""), (None, None))
    team = q.get("team") if reviewer.role == "admin" else None
    filters = Filters(
        status=status if status in REVIEW_STATUSES else None,
        team=team,
        sender=q.get("sender"),
        rule=q.get("rule"),
        min_age_hours=low,
        max_age_hours=high,
        limit=200,
    )
    return filters, q


def _status_counts(db: Session, reviewer: Reviewer) -> dict[str, int]:
    rows = db.execute(
        select(ReviewItem.status, func.count())
        .where(queries.visible(reviewer))
        .group_by(ReviewItem.status)
    )
    return {status: 0 for status in REVIEW_STATUSES} | dict(rows.all())


@router.get("/queue", response_class=HTMLResponse)
def queue(request: Request, db: DbSession, user: WebUser) -> HTMLResponse:
    return _queue_page(request, db, user)


def _queue_page(
    request: Request, db: Session, user: Any, flash: dict[str, str] | None = None
) -> HTMLResponse:
    reviewer = queries.reviewer_for_user(db, user)
    filters, chosen = _filters(request, reviewer)
    items = queries.list_reviews(db, reviewer, filters)
    pending = queries.list_reviews(db, reviewer, Filters(limit=500))
    context = {
        "items": items,
        "chosen": chosen,
        "counts": _status_counts(db, reviewer),
        "rule_counts": Counter(r for i in pending for r in i.rules).most_common(),
        "senders": sorted({i.sender_email for i in pending}),
        "statuses": REVIEW_STATUSES,
        "reviewer": reviewer,
    }
    if flash:
        context["flash"] = flash
    return page(request, "reviews/queue.html", context, user=user)


def _item_context(db: Session, reviewer: Reviewer, review_id: int) -> dict[str, Any]:
    review, check, contact, account = queries.load_row(db, reviewer, review_id)
    detail = queries.present_detail(review, check, contact, account)
    return {
        "item": detail,
        "contact": contact,
        "account": account,
        "body": item_page.highlight(detail.body, detail.findings, "body"),
        "subject": item_page.highlight(detail.subject, detail.findings, "subject"),
        "diff": item_page.word_diff(detail.body, detail.rewrite)
        if detail.rewrite
        else None,
        "timeline": item_page.timeline(db, contact.id) if contact else [],
        "group": item_page.buying_group(db, contact) if contact else [],
        "audit": item_page.audit_trail(db, review.id, check.id),
        "edit_body": detail.edited_body or detail.rewrite or detail.body,
        "needs_admin": any(not f.overridable for f in detail.findings),
        "reviewer": reviewer,
    }


@router.get("/reviews/{review_id}", response_class=HTMLResponse)
def item(
    request: Request, review_id: RowId, db: DbSession, user: WebUser
) -> HTMLResponse:
    reviewer = queries.reviewer_for_user(db, user)
    try:
        context = _item_context(db, reviewer, review_id)
    except NotFound as exc:
        # Another team's item looks exactly like one that does not exist.
        error = {"title": "Not found", "message": exc.detail}
        return page(request, "error.html", error, status=404, user=user)
    return page(request, "reviews/item.html", context, user=user)


def _done(request: Request, db: Session, user: Any, out: ApprovalOut) -> Response:
    verb = {
        "approved": "Approved",
        "rejected": "Rejected",
        "edited": "Edited and approved",
    }
    item = out.review
    text = f"{verb[item.status]}: {item.contact_name} — “{item.subject}”."
    if not out.override_token:
        return redirect(request, "/ui/queue", flash=("ok", text))
    # The token is answered in this page only (no-store), never put in the session
    # cookie, where a copied or logged cookie would carry it on.
    text += f" One-time override for the SDR (shown once): {out.override_token}"
    return _queue_page(request, db, user, flash={"kind": "ok", "text": text})


def _refused(
    request: Request, db: Session, review_id: int, exc: GuardError
) -> RedirectResponse:
    db.rollback()  # nothing of a refused decision may be committed
    return redirect(request, f"/ui/reviews/{review_id}", flash=("error", exc.detail))


def _decide(
    request: Request,
    review_id: int,
    db: Session,
    user: Any,
    form: Any,
    action: Callable[..., Any],
) -> Response:
    """Approve or reject from a form: the same service as the API, a redirect back."""
    reviewer = queries.reviewer_for_user(db, user)
    try:
        data = DecisionIn(reason=_reason(form))
        out = action(db, reviewer=reviewer, review_id=review_id, data=data)
    except GuardError as exc:
        return _refused(request, db, review_id, exc)
    return _done(request, db, user, out)


@router.post("/reviews/{review_id}/approve")
def approve(
    request: Request, review_id: RowId, db: DbSession, user: WebUser, form: Form
) -> Response:
    secret_key = state_of(request).settings.secret_key
    approving = functools.partial(service.approve, secret_key=secret_key)
    return _decide(request, review_id, db, user, form, approving)


@router.post("/reviews/{review_id}/reject")
def reject(
    request: Request, review_id: RowId, db: DbSession, user: WebUser, form: Form
) -> Response:
    return _decide(request, review_id, db, user, form, service.reject)


@router.post("/reviews/{review_id}/edit")
def edit(
    request: Request,
    review_id: RowId,
    db: DbSession,
    user: WebUser,
    form: Form,
    policy: CurrentPolicy,
) -> Response:
    reviewer = queries.reviewer_for_user(db, user)
    try:
        reason = _reason(form)
        if not form.get("body", "").strip():
            raise _Missing("Write the message you approve.")
        data = EditIn(reason=reason, subject=form.get("subject", ""), body=form["body"])
        settings = state_of(request).settings
        out = service.edit(
            db,
            reviewer=reviewer,
            review_id=review_id,
            data=data,
            policy=policy,
            settings=settings,
        )
    except GuardError as exc:
        return _refused(request, db, review_id, exc)
    return _done(request, db, user, out)


class _Missing(GuardError):
    status, type, title = 422, "invalid-input", "Invalid input"


def _reason(form: dict[str, str]) -> str:
    reason = form.get("reason", "").strip()
    if not 3 <= len(reason) <= 2000:
        raise _Missing(
            "Give a reason of 3 to 2,000 characters: the SDR and the audit log read it."
        )
    return reason
