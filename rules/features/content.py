"""The content library: assets a seller can offer as next steps, and picking them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from models.bounds import refuse_nul
from models.domain import Person, Suggestion

DEFAULT_LIBRARY = Path(__file__).parents[1] / "content.yaml"
# The persona topics the outgoing analyser reports (docs/analysis.md).
TOPICS: tuple[str, ...] = (
    "integration",
    "security",
    "regulatory",
    "roi",
    "operations",
    "procurement",
)
FALLBACK_LANGUAGE = "en"

# Ranking weights. Stage is a filter, not a weight: content for another stage is
# the seller's next step, not the buyer's. Persona outweighs message topics because
# the reader's job decides what is useful; topics break ties between persona fits.
_PERSONA_MATCH = 8
_PERSONA_PRIMARY = 3  # the first persona listed is the one the asset was written for
_PERSONA_ANY = 2
_POSITION_MATCH = 4
_TOPIC_MATCH = 3
_LANGUAGE_MATCH = 2

_ID = r"^[a-z0-9][a-z0-9_.-]*$"
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_LANG = re.compile(r"[a-z]{2}")


class ContentError(ValueError):
    """The content library (or one stored asset) is invalid; the text says where."""


def _check_url(value: str) -> str:
    if not value.startswith("https://") or any(ch.isspace() for ch in value):
        raise ValueError("must be an https:// address without spaces")
    return value


def _one_line(value: str) -> str:
    if "\n" in value.strip():
        raise ValueError("must be a single line a seller can quote")
    return value.strip()


class Localized(BaseModel):
    """An asset's title and reason in one language (and its own address, if any)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=1)
    why: str = Field(min_length=1)
    summary: str | None = None
    url: str | None = None
    next_steps: tuple[str, ...] = ()

    @field_validator("url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return value if value is None else _check_url(value)

    @field_validator("why")
    @classmethod
    def _why(cls, value: str) -> str:
        return _one_line(value)


class Asset(BaseModel):
    """One piece of content. Top-level texts are English; `languages` lists where the
    asset exists, with a translated title and reason where one was written."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    title: str = Field(min_length=1)
    url: str
    summary: str = ""
    why: str = Field(min_length=1)
    stages: tuple[str, ...] = Field(min_length=1)
    personas: tuple[str, ...] = ()  # empty: useful to every persona
    positions: tuple[str, ...] = ()  # empty: any buying-group position
    topics: tuple[str, ...] = ()
    languages: dict[str, Localized | None] = Field(
        default_factory=lambda: {FALLBACK_LANGUAGE: None}
    )
    next_steps: tuple[str, ...] = ()
    # Editorial weight (0-3) for the core assets; breaks ties between equal fits.
    priority: int = Field(default=0, ge=0, le=3)

    # The API stores assets as sent: no NUL in any text (nested translations too).
    _no_nul = field_validator("*", mode="before")(refuse_nul)

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        return _check_url(value)

    @field_validator("why")
    @classmethod
    def _why(cls, value: str) -> str:
        return _one_line(value)

    @field_validator("stages", "personas", "positions")
    @classmethod
    def _identifiers(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        bad = [v for v in values if not _KEY.fullmatch(v)]
        if bad:
            raise ValueError(f"{bad} are not snake_case identifiers like 'prospect_1'")
        return values

    @field_validator("topics")
    @classmethod
    def _known_topics(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        unknown = sorted(set(values) - set(TOPICS))
        if unknown:
            raise ValueError(f"unknown topics {unknown}; use {list(TOPICS)}")
        return values

    @field_validator("languages", mode="before")
    @classmethod
    def _languages(cls, value: Any) -> Any:
        # A plain list ("[en, de]") says where the asset exists without translations.
        if isinstance(value, list | tuple):
            value = {code: None for code in value}
        if isinstance(value, Mapping):
            bad = [k for k in value if not isinstance(k, str) or not _LANG.fullmatch(k)]
            if bad:
                raise ValueError(f"{bad} are not two-letter language codes like 'de'")
            if not value:
                raise ValueError("list at least one language, e.g. [en]")
        return value

    def localized(self, language: str) -> tuple[str, str, str]:
        """Title, reason and address in `language`, falling back to English."""
        text = self.languages.get(language) or self.languages.get(FALLBACK_LANGUAGE)
        if text is None:
            return self.title, self.why, self.url
        return text.title, text.why, text.url or self.url

    @property
    def urls(self) -> frozenset[str]:
        """Every address of the asset, translations included."""
        extra = {t.url for t in self.languages.values() if t is not None and t.url}
        return frozenset({self.url, *extra})


class _Library(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = 1
    assets: tuple[Asset, ...] = Field(min_length=1)

    @field_validator("assets")
    @classmethod
    def _unique(cls, assets: tuple[Asset, ...]) -> tuple[Asset, ...]:
        seen: dict[str, int] = {}
        for index, asset in enumerate(assets):
            if asset.id in seen:
                raise ValueError(
                    f"duplicate id {asset.id!r} (assets[{seen[asset.id]}] and "
                    f"assets[{index}]); give each asset its own id"
                )
            seen[asset.id] = index
        return assets


def _location(loc: tuple[int | str, ...], data: Any) -> str:
    """`('assets', 3, 'url')` -> `assets[3] (roi-model).url`, naming the asset."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, Mapping) and "id" in node:
                out += f" ({node['id']})"
        else:
            out += f".{part}" if out else part
            node = node.get(part) if isinstance(node, Mapping) else None
    return out or "(top level)"


def _explain(error: ValidationError, data: Any, where: str) -> ContentError:
    first = error.errors()[0]
    problem = first["msg"].removeprefix("Value error, ")
    more = error.error_count() - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    loc = _location(tuple(first["loc"]), data)
    return ContentError(f"{where}: {loc}: {problem}{suffix}")


def asset_from_mapping(data: Mapping[str, Any]) -> Asset:
    """Rebuild an asset from a plain mapping (a YAML entry or a database row)."""
    try:
        return Asset.model_validate(dict(data))
    except ValidationError as error:
        raise _explain(error, dict(data), f"asset {data.get('id', '?')!r}") from None


def load_library(path: Path | None = None) -> tuple[Asset, ...]:
    """Load and validate a content library file (the default one without `path`)."""
    if path is None:
        return _default_library()
    return _load(Path(path))


@cache
def _default_library() -> tuple[Asset, ...]:
    return _load(DEFAULT_LIBRARY)


def _load(path: Path) -> tuple[Asset, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ContentError(f"{path}: file not found") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise ContentError(f"{path}: not valid YAML{line}: {error}") from None
    if not isinstance(data, Mapping):
        raise ContentError(f"{path}: expected a mapping with an 'assets:' list")
    try:
        return _Library.model_validate(data).assets
    except ValidationError as error:
        raise _explain(error, data, str(path)) from None


class _Reader(NamedTuple):
    """Everything a ranking depends on besides the library (a cache key)."""

    stage: str | None
    persona: str | None
    position: str | None
    language: str
    topics: frozenset[str]


def _score(asset: Asset, reader: _Reader) -> int:
    score = 0
    if reader.persona is not None and reader.persona in asset.personas:
        score += _PERSONA_MATCH
        score += _PERSONA_PRIMARY if asset.personas[0] == reader.persona else 0
    elif not asset.personas:
        score += _PERSONA_ANY
    if reader.position is not None and reader.position in asset.positions:
        score += _POSITION_MATCH
    score += _TOPIC_MATCH * len(reader.topics.intersection(asset.topics))
    if reader.language in asset.languages:
        score += _LANGUAGE_MATCH
    return score + asset.priority


def _rank(assets: tuple[Asset, ...], reader: _Reader) -> tuple[Asset, ...]:
    """The assets for the reader's stage, best first; ties by id (a stable sort)."""
    eligible = [a for a in assets if reader.stage in a.stages]
    return tuple(sorted(eligible, key=lambda a: (-_score(a, reader), a.id)))


# Rankings and suggestions per library, keyed by identity like _ASSET_URLS:
# guard/content hands out one tuple per load (a new tuple for a new content revision),
# and readers repeat (stage, persona, position, language, topics), so most decisions
# skip scoring, sorting and choosing. Both answers are immutable tuples, shared.
_Chosen = tuple[_Reader, frozenset[str], int]
_Cache = tuple[
    tuple[Asset, ...],
    dict[_Reader, tuple[Asset, ...]],
    dict[_Chosen, tuple[Suggestion, ...]],
]
_RANKINGS: dict[int, _Cache] = {}
_RANKINGS_LIBRARIES = 16
_RANKINGS_PER_LIBRARY = 1024


def _cache(assets: tuple[Asset, ...]) -> _Cache:
    entry = _RANKINGS.get(id(assets))
    if entry is None or entry[0] is not assets:
        if len(_RANKINGS) >= _RANKINGS_LIBRARIES:
            _RANKINGS.clear()
        entry = _RANKINGS[id(assets)] = (assets, {}, {})
    return entry


def _ranking(assets: Iterable[Asset], reader: _Reader) -> tuple[Asset, ...]:
    if not isinstance(assets, tuple):
        return _rank(tuple(assets), reader)
    rankings = _cache(assets)[1]
    ranked = rankings.get(reader)
    if ranked is None:
        if len(rankings) >= _RANKINGS_PER_LIBRARY:
            rankings.clear()
        ranked = rankings[reader] = _rank(assets, reader)
    return ranked


@lru_cache(maxsize=4096)
def _normal_url(url: str) -> str:
    # "https://Content.example.com/x/" and "https://content.example.com/x" are one page.
    scheme, sep, rest = url.strip().partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}{sep}{host.lower()}{slash}{path}".rstrip("/")


# Normalised addresses per asset, keyed by identity (the asset is kept alive with its
# entry so the id cannot be reused; assets are frozen). The library is a few hundred
# assets at most, checked on every decision.
_ASSET_URLS: dict[int, tuple[Asset, frozenset[str]]] = {}
_ASSET_URLS_SIZE = 4096


def _normal_urls(asset: Asset) -> frozenset[str]:
    hit = _ASSET_URLS.get(id(asset))
    if hit is not None and hit[0] is asset:
        return hit[1]
    urls = frozenset(_normal_url(u) for u in asset.urls)
    if len(_ASSET_URLS) >= _ASSET_URLS_SIZE:
        _ASSET_URLS.clear()
    _ASSET_URLS[id(asset)] = (asset, urls)
    return urls


def suggest(
    assets: Iterable[Asset],
    *,
    contact: Person,
    language: str,
    exclude_urls: frozenset[str],
    topics: frozenset[str] = frozenset(),
    limit: int = 3,
) -> tuple[Suggestion, ...]:
    """Up to `limit` assets for the contact's stage, best first.

    Ranked by persona, buying-group position, overlap with the message's topics and
    availability in `language`; ties go by asset id so the answer is deterministic.
    Assets whose address is in `exclude_urls` (already sent) are never suggested.
    """
    reader = _Reader(contact.stage, contact.persona, contact.position, language, topics)
    if not isinstance(assets, tuple):
        return _choose(assets, reader, exclude_urls, limit)
    chosen = _cache(assets)[2]
    key = (reader, frozenset(exclude_urls), limit)
    found = chosen.get(key)
    if found is None:
        if len(chosen) >= _RANKINGS_PER_LIBRARY:
            chosen.clear()
        found = chosen[key] = _choose(assets, reader, exclude_urls, limit)
    return found


def _choose(
    assets: Iterable[Asset], reader: _Reader, exclude_urls: frozenset[str], limit: int
) -> tuple[Suggestion, ...]:
    excluded = {_normal_url(u) for u in exclude_urls}
    language = reader.language
    chosen: list[Suggestion] = []
    seen: set[str] = set()
    for asset in _ranking(assets, reader):
        if len(chosen) >= limit:
            break
        if _normal_urls(asset) & excluded:
            continue
        title, why, url = asset.localized(language)
        if _normal_url(url) in seen:
            continue
        seen.add(_normal_url(url))
        chosen.append(
            Suggestion(title=title, url=url, why=f"{title} — {why}", asset_id=asset.id)
        )
    return tuple(chosen)
