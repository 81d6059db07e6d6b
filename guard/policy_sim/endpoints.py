"""POST /v1/policy:simulate: how would the last N days have gone under this pack?"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from guard.auth import Caller, require_role
from guard.checks.scope import visible
from guard.errors import InvalidInput, NotFound
from guard.learning import store
from guard.policy import live_policy
from guard.policy_sim import service
from guard.policy_sim.readonly import no_writes
from guard.policy_sim.schemas import SimulateIn, SimulationOut
from guard.responses import PROBLEMS
from guard.settings import Settings
from guard.state import state_of
from rules.engine.packs import DEFAULT_PACK_PATH

router = APIRouter(prefix="/v1", tags=["policy"])

# Sales ops and managers change policy; the replay reads every team's checks.
PolicyEditor = Annotated[Caller, Depends(require_role("manager"))]


def read_only_session(request: Request) -> Iterator[Session]:
    """A session outside the request's write transaction: a long replay must not
    hold SQLite's write lock that live checks queue on."""
    session: Session = state_of(request).read_sessionmaker()
    try:
        with no_writes(session):
            yield session
    finally:
        session.close()


ReadOnlySession = Annotated[Session, Depends(read_only_session)]


@router.post("/policy:simulate", response_model=SimulationOut, responses=PROBLEMS)
def simulate_policy(
    data: SimulateIn, request: Request, db: ReadOnlySession, caller: PolicyEditor
) -> SimulationOut:
    """Re-run the stored checks of the last `since_days` under another pack and/or
    with another bump model (`model_id`), on the snapshots they saw, and report how
    the verdicts would change. Nothing is written.
    """
    state = state_of(request)
    settings: Settings = state.settings
    candidate = None
    if data.pack_yaml is not None or data.pack_path is not None:
        candidate = service.load_candidate(
            pack_yaml=data.pack_yaml,
            pack_path=_beside_pack(settings, data.pack_path),
            framework=settings.framework,
        )
    model = None
    if data.model_id is not None:
        try:
            model = store.load(db, data.model_id, name="bump")
        except NotFound as exc:
            raise InvalidInput(exc.detail, field="model_id") from None
    until = datetime.now(UTC)
    return service.simulate(
        db=db,
        policy=live_policy(state, db),
        candidate=candidate,
        since=until - timedelta(days=data.since_days),
        until=until,
        examples=data.examples,
        scope=visible(db, caller),
        model=model,
    )


def _beside_pack(settings: Settings, name: str | None) -> Path | None:
    """A file in the active pack's directory: a key must not read other files."""
    if name is None:
        return None
    if Path(name).name != name or name.startswith("."):
        raise InvalidInput(
            "pack_path is a file name in the policy pack's directory, "
            "e.g. 'strict.yaml'; send other packs as pack_yaml",
            field="pack_path",
        )
    return (settings.policy_pack or DEFAULT_PACK_PATH).parent / name
