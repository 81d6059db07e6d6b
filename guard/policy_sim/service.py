"""Re-run the stored checks of a period under another pack or bump model and compare
the verdicts.

Each check is replayed on the snapshot it saw (`load_context(as_of=created_at)`), with
the team it ran under, once under the current pack and model and once under the
candidates; the difference between the two is theirs. Nothing is written (see
`readonly.py`).
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from guard.analysis.model.linear import LinearModel, load_model
from guard.analysis.outgoing.decision import BUMP_MODEL, LEXICON_ONLY
from guard.checks.schemas import CheckIn
from guard.engine import snapshot
from guard.engine.decide import decide_check
from guard.errors import InvalidInput
from guard.policy import Policy
from guard.policy_sim.schemas import SimulationOut
from guard.policy_sim.tally import Tally
from models import Check, Contact
from models.domain import Decision
from rules.engine.packs import Pack, PackError, load_pack

# A month of checks for a mid-size team; each replay costs about a live check
# (two decisions, one analysis), so the bound keeps a request to seconds.
MAX_CHECKS = 5000


def load_candidate(
    *, pack_yaml: str | None, pack_path: Path | None, framework: Path | None
) -> Pack:
    """The pack to simulate, from YAML text or a file; InvalidInput lists problems."""
    try:
        if pack_path is not None:
            return load_pack(pack_path, framework_path=framework)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "pack.yaml"
            path.write_text(pack_yaml or "", encoding="utf-8")
            try:
                return load_pack(path, framework_path=framework)
            except PackError as exc:
                raise PackError(
                    [
                        ("pack_yaml" if f.endswith("pack.yaml") else f, k, m)
                        for f, k, m in exc.problems
                    ]
                ) from None
    except PackError as exc:
        raise InvalidInput(
            "The pack is not valid: " + "; ".join(_lines(exc)), field="pack"
        ) from None


def _lines(exc: PackError) -> list[str]:
    return str(exc).splitlines()[:10]


def simulate(
    *,
    db: Session,
    policy: Policy,
    candidate: Pack | None,
    since: datetime,
    until: datetime,
    examples: int = 10,
    scope: ColumnElement[bool] | None = None,
    model: LinearModel | None = None,
) -> SimulationOut:
    """How the verdicts of the checks stored in [since, until] would change under
    `candidate` (None: the current pack) and the bump `model` (None: the current one).

    `scope` narrows the replay to the checks the caller may read (a manager: their
    team's), so a report never shows another team's contacts.
    """
    rows = db.scalars(
        select(Check)
        .where(Check.created_at >= since, Check.created_at <= until)
        .where(scope if scope is not None else true())
        .order_by(Check.created_at.desc(), Check.id)
        .limit(MAX_CHECKS + 1)
    ).all()
    tally = Tally(examples=examples, truncated=len(rows) > MAX_CHECKS)
    candidate = candidate or policy.pack
    trial = replace(policy, pack=candidate, bump_model=model or policy.bump_model)
    for row in rows[:MAX_CHECKS]:
        replayed = replay(db, row, policy, trial)
        if replayed is None:
            tally.skipped += 1
            continue
        contact, old, new = replayed
        tally.add(row, contact, old, new)
    return tally.report(
        current=policy.revision,
        new=candidate.revision,
        since=since,
        until=until,
        current_model=_model_id(policy.bump_model),
        new_model=_model_id(trial.bump_model),
    )


def _model_id(model: LinearModel | None) -> str:
    shipped = load_model(BUMP_MODEL)
    chosen = model or shipped
    return chosen.model_id if chosen is not None else LEXICON_ONLY


def replay(
    db: Session, row: Check, current: Policy, trial: Policy
) -> tuple[Contact, Decision, Decision] | None:
    """The check decided again on its own snapshot, under both policies."""
    contact = db.get(Contact, row.contact_id) if row.contact_id else None
    if contact is None:
        return None
    try:
        check = CheckIn.model_validate(row.request)
    except ValidationError:
        return None  # stored before the contract changed: nothing faithful to replay
    ctx = snapshot.load_context(
        db,
        contact,
        now=row.created_at,
        sender=row.sender_email,
        as_of=row.created_at,
        own_check=row.id,
    )
    # The team it ran under, even if the sender has changed teams since.
    ctx = replace(ctx, team=row.team)
    send = check.to_send(contact.id)
    old = decide_check(current, send, ctx, check.language)
    # Text is analysed again only if the trial judges it with another bump model.
    same_model = trial.bump_model is current.bump_model
    analysis = old.analysis if same_model else None
    new = decide_check(trial, send, ctx, check.language, analysis=analysis)
    return contact, old.decision, new.decision
