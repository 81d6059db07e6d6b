"""The active policy: the rule pack and the content library, loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Annotated

from fastapi import Depends, Request

from guard.settings import Settings
from rules.engine.packs import Pack, load_pack
from rules.features.content import Asset, load_library


@dataclass(frozen=True, slots=True)
class Policy:
    pack: Pack
    assets: tuple[Asset, ...]

    @property
    def revision(self) -> str:
        return self.pack.revision

    def with_assets(self, assets: tuple[Asset, ...]) -> Policy:
        return replace(self, assets=assets)


def load_policy(settings: Settings) -> Policy:
    pack = load_pack(settings.policy_pack, framework_path=settings.framework)
    return Policy(pack=pack, assets=load_library(settings.content_library))


def current_policy(request: Request) -> Policy:
    """The loaded pack with the stored content library (cached, see guard/content).
    A read session of its own: a write session must not begin outside its unit of
    work."""
    state = request.app.state
    with state.read_sessionmaker() as db:
        return state.policy.with_assets(state.content.assets(db))


CurrentPolicy = Annotated[Policy, Depends(current_policy)]
