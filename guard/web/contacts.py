"""The contact page: who they are, what suppressed them, and an admin undoing it;
an admin's export of everything held about them, and their erasure."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from guard.db import DbSession
from guard.errors import GuardError
from guard.privacy.erasure import erase_contact
from guard.privacy.export import export_contact
from guard.responses import RowId
from guard.state import state_of
from guard.suppressions import service as suppressions
from guard.unit_of_work import UnitOfWorkRoute
from guard.web.render import page, redirect
from guard.web.session import Form, WebUser
from models import Account, Contact

router = APIRouter(prefix="/ui", include_in_schema=False, route_class=UnitOfWorkRoute)


@router.get("/contacts/{contact_id}", response_class=HTMLResponse)
def contact_page(
    request: Request, contact_id: RowId, db: DbSession, user: WebUser
) -> HTMLResponse:
    contact = db.get(Contact, contact_id)
    if contact is None:
        error = {"title": "Not found", "message": f"No contact #{contact_id}."}
        return page(request, "error.html", error, status=404, user=user)
    account = db.get(Account, contact.account_id) if contact.account_id else None
    context = {
        "contact": contact,
        "account": account,
        "suppressions": suppressions.for_contact(db, contact.id),
        "may_reverse": user.role == "admin",
        "is_admin": user.role == "admin",
    }
    return page(request, "contact.html", context, user=user)


@router.post("/contacts/{contact_id}/suppressions/{event_id}/reverse")
def reverse(
    request: Request,
    contact_id: RowId,
    event_id: RowId,
    db: DbSession,
    user: WebUser,
    form: Form,
) -> RedirectResponse:
    back = f"/ui/contacts/{contact_id}"
    reason = form.get("reason", "").strip()
    if user.role != "admin":
        return redirect(request, back, flash=("error", "Only an admin may do this."))
    if not 3 <= len(reason) <= 2000:
        text = "Give a reason of 3 to 2,000 characters: the audit log keeps it."
        return redirect(request, back, flash=("error", text))
    try:
        suppressions.reverse(
            db,
            event_id=event_id,
            actor=f"user:{user.email}",
            reason=reason,
            now=datetime.now(UTC),
        )
    except GuardError as exc:
        return redirect(request, back, flash=("error", exc.detail))
    text = "Suppression reversed: the guard may contact this person again."
    return redirect(request, back, flash=("ok", text))


@router.get("/contacts/{contact_id}/export", response_model=None)
def export(
    request: Request, contact_id: RowId, db: DbSession, user: WebUser
) -> JSONResponse | HTMLResponse:
    """The JSON of GET /v1/contacts/{ref}/export, as a download (admins only)."""
    contact = db.get(Contact, contact_id) if user.role == "admin" else None
    if contact is None:
        return _refused(request, user, contact_id)
    data = export_contact(db, contact=contact, now=datetime.now(UTC))
    name = f"contact-{contact.id}.json"
    headers = {
        "Content-Disposition": f'attachment; filename="{name}"',
        "Cache-Control": "no-store",
    }
    return JSONResponse(data, headers=headers)


@router.post("/contacts/{contact_id}/erase", response_model=None)
def erase(
    request: Request, contact_id: RowId, db: DbSession, user: WebUser, form: Form
) -> RedirectResponse | HTMLResponse:
    """Erase the contact (admins only) once the address typed in matches."""
    back = f"/ui/contacts/{contact_id}"
    contact = db.get(Contact, contact_id) if user.role == "admin" else None
    if contact is None:
        return _refused(request, user, contact_id)
    if form.get("confirm", "").strip().lower() != contact.email.lower():
        text = "Type the address of the contact to confirm the erasure."
        return redirect(request, back, flash=("error", text))
    done = erase_contact(
        db,
        contact=contact,
        actor=f"user:{user.email}",
        secret_key=state_of(request).settings.secret_key,
        now=datetime.now(UTC),
    )
    text = f"Contact #{done.contact_id} erased (address digest {done.digest_prefix}…)."
    return redirect(request, "/ui/dashboard", flash=("ok", text))


def _refused(request: Request, user: WebUser, contact_id: int) -> HTMLResponse:
    if user.role != "admin":
        error = {"title": "Forbidden", "message": "Only an admin may do this."}
        return page(request, "error.html", error, status=403, user=user)
    error = {"title": "Not found", "message": f"No contact #{contact_id}."}
    return page(request, "error.html", error, status=404, user=user)
