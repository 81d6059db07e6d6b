"""A decision as the API shows it (`CheckOut`): one presenter for a stored check, a
check just written and a dry run, so the three answer alike.

Times are stored in UTC and shown in the contact's zone, the way an SDR reads them; a
replay converts the same stored instant, so it answers identically.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from guard.checks.schemas import CheckOut, EvidenceOut, FindingOut, SuggestionOut
from guard.engine.decide import Checked
from guard.engine.record import Written, decision_fields, finding_fields
from models import Check


@dataclass(frozen=True, slots=True)
class DryRun:
    """A decision nothing was written for, and the pack that made it."""

    checked: Checked
    pack_revision: str


_CHECK_FIELDS = (
    "id",
    "verdict",
    "deliver_after",
    "rewrite",
    "suggestions",
    "pack_revision",
    "model_id",
)
_FINDING_FIELDS = (
    "rule",
    "verdict",
    "severity",
    "message",
    "evidence",
    "deliver_after",
    "overridable",
)


Source = Check | Written | DryRun


@dataclass(frozen=True, slots=True)
class Later:
    """An answer presented once its transaction is over: building the CheckOut needs
    no lock, so a writer does not hold the database's for it. A stored answer (an
    idempotent retry) is already presented."""

    source: Written | DryRun | CheckOut
    tz: ZoneInfo

    def shown(self) -> CheckOut:
        if isinstance(self.source, CheckOut):
            return self.source
        return present(self.source, self.tz)


def at_once(source: Written | DryRun | CheckOut, tz: ZoneInfo) -> CheckOut:
    """`Later`'s answer, presented now."""
    return Later(source, tz).shown()


def present(source: Source, tz: ZoneInfo, *, replayed: bool = False) -> CheckOut:
    """`source` as the caller sees it, its times in the contact's zone `tz`."""
    check, findings, review_id = _fields(source)
    return CheckOut(
        check_id=check["id"],
        verdict=check["verdict"],
        deliver_after=_local(check["deliver_after"], tz),
        findings=[
            FindingOut(
                rule=f["rule"],
                verdict=f["verdict"],
                severity=f["severity"],
                message=f["message"],
                evidence=[EvidenceOut(**e) for e in f["evidence"]],
                deliver_after=_local(f["deliver_after"], tz),
                overridable=f["overridable"],
            )
            for f in findings
        ],
        rewrite=check["rewrite"],
        suggestions=[SuggestionOut(**s) for s in check["suggestions"]],
        review_id=review_id,
        pack_revision=check["pack_revision"],
        model_id=check.get("model_id"),
        dry_run=isinstance(source, DryRun),
        replayed=replayed,
        held_for_review=review_id is not None and check["verdict"] != "block",
    )


_Fields = tuple[Mapping[str, Any], Sequence[Mapping[str, Any]], int | None]


def _fields(source: Source) -> _Fields:
    """The check's columns, its findings' columns and its review item's id."""
    if isinstance(source, Written):
        return source.rows.check, source.rows.findings, source.review_id
    if isinstance(source, DryRun):
        decision, analysis = source.checked.decision, source.checked.analysis
        check = decision_fields(decision)
        check |= {
            "id": None,
            "pack_revision": source.pack_revision,
            "model_id": analysis.model_id,
        }
        findings = [finding_fields(f) for f in decision.findings]
        return check, findings, None
    check = {name: getattr(source, name) for name in _CHECK_FIELDS}
    findings = [{k: getattr(f, k) for k in _FINDING_FIELDS} for f in source.findings]
    return check, findings, source.review.id if source.review else None


def contact_zone(name: str | None) -> ZoneInfo:
    """The contact's time zone; UTC when it has none or an unknown one."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _local(at: datetime | None, tz: ZoneInfo) -> datetime | None:
    return at.astimezone(tz) if at is not None else None
