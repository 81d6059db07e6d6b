"""The active policy: the rule pack, the content library and the bump model."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from guard.analysis.model.linear import LinearModel
from guard.settings import Settings
from guard.state import GuardState, state_of
from rules.engine.packs import Pack, load_pack
from rules.features.content import Asset, load_library


@dataclass(frozen=True, slots=True)
class Policy:
    pack: Pack
    assets: tuple[Asset, ...]
    # The deployment's active bump model (`guard model activate`); None: the shipped.
    bump_model: LinearModel | None = field(default=None, compare=False)

    @property
    def revision(self) -> str:
        return self.pack.revision

    def with_assets(self, assets: tuple[Asset, ...]) -> Policy:
        return replace(self, assets=assets)

    def with_model(self, model: LinearModel | None) -> Policy:
        return replace(self, bump_model=model)


def load_policy(settings: Settings) -> Policy:
    pack = load_pack(settings.policy_pack, framework_path=settings.framework)
    return Policy(pack=pack, assets=load_library(settings.content_library))


def live_policy(state: GuardState, db: Session) -> Policy:
    """The loaded pack with the stored content library (cached, see guard/content) and
    the active bump model (cached, see guard/learning)."""
    policy = state.policy.with_assets(state.content.assets(db))
    return policy.with_model(state.models.model(db))


async def current_policy(request: Request) -> Policy:
    """`live_policy`: from the caches alone when they are fresh (no worker thread
    needed), else in a read session of its own in a worker thread (a write session
    must not begin outside its unit of work)."""
    state = state_of(request)
    policy = cached_policy(state)
    if policy is None:
        policy = await run_in_threadpool(_read_policy, state)
    return policy


def cached_policy(state: GuardState) -> Policy | None:
    """`live_policy` from the caches alone; None when one is stale."""
    assets = state.content.cached()
    if assets is None:
        return None
    model = state.models.cached()
    if model is None:
        return None
    return state.policy.with_assets(assets).with_model(model[0])


def _read_policy(state: GuardState) -> Policy:
    with state.read_sessionmaker() as db:
        return live_policy(state, db)


CurrentPolicy = Annotated[Policy, Depends(current_policy)]
