"""Policy packs: load and validate YAML (rules, parameters, team overrides)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from models.domain import Verdict
from rules.engine.calendar import BusinessHours
from rules.engine.framework import FRAMEWORK_PATH, Framework
from rules.engine.registry import RuleParams, RuleSpec, load_rules

DEFAULT_PACK_PATH = Path(__file__).parents[1] / "default.yaml"
_PACKAGE_DIR = Path(__file__).parents[1]

Problem = tuple[str, str, str]  # (file, key path, message)


class PackError(ValueError):
    """A pack or framework is invalid; `problems` holds (file, key path, message)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(
            f"{file}: {key}: {msg}" if key else f"{file}: {msg}"
            for file, key, msg in self.problems
        )


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CalendarConfig(_Strict):
    start: time = time(8, 0)
    end: time = time(18, 0)
    weekend: tuple[int, ...] = (5, 6)

    @field_validator("weekend")
    @classmethod
    def _weekdays(cls, value: tuple[int, ...]) -> tuple[int, ...]:
        if any(not 0 <= d <= 6 for d in value) or len(set(value)) >= 7:
            raise ValueError(
                "weekdays are 0 (Monday) to 6 (Sunday), at most six of them"
            )
        return value


class RuleConfig(_Strict):
    enabled: bool | None = None  # None: on in a pack, inherited in a team override
    verdict: Verdict | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class TeamConfig(_Strict):
    rules: dict[str, RuleConfig] = Field(default_factory=dict)


class PackFile(_Strict):
    version: Literal[1] = 1
    name: str = "default"
    description: str = ""
    calendar: CalendarConfig = CalendarConfig()
    rules: dict[str, RuleConfig] = Field(default_factory=dict)
    teams: dict[str, TeamConfig] = Field(default_factory=dict)
    # Stricter parameters when an AI agent sends: merged onto the base rules.
    agents: TeamConfig = TeamConfig()


@dataclass(frozen=True, slots=True)
class RuleSetting:
    """One rule as a pack (or a team in it) configures it."""

    enabled: bool
    verdict: Verdict
    params: RuleParams


Settings = dict[str, RuleSetting]


@dataclass(frozen=True, eq=False)
class Pack:
    """A validated, immutable policy pack bound to its framework."""

    name: str
    revision: str  # short sha256 of the canonical pack and framework content
    framework: Framework
    hours: BusinessHours
    settings: Mapping[str, RuleSetting]
    team_settings: Mapping[str, Mapping[str, RuleSetting]]
    source: str = ""
    agent_settings: Mapping[str, RuleSetting] = field(
        default_factory=lambda: MappingProxyType({})
    )

    def _setting(
        self, rule_id: str, team: str | None, agent: bool = False
    ) -> RuleSetting:
        if agent and rule_id in self.agent_settings:
            return self.agent_settings[rule_id]
        overrides = self.team_settings.get(team or "", {})
        if rule_id in overrides:
            return overrides[rule_id]
        if rule_id not in self.settings:
            raise KeyError(f"unknown rule id '{rule_id}'; see `guard rules explain`")
        return self.settings[rule_id]

    def enabled_rules(
        self, team: str | None = None, agent: bool = False
    ) -> tuple[str, ...]:
        """Enabled rule ids, in catalogue order (docs/rules.md)."""
        return tuple(r for r in self.settings if self._setting(r, team, agent).enabled)

    def params_for(
        self, rule_id: str, team: str | None = None, agent: bool = False
    ) -> RuleParams:
        return self._setting(rule_id, team, agent).params

    def verdict_for(
        self, rule_id: str, team: str | None = None, agent: bool = False
    ) -> Verdict:
        return self._setting(rule_id, team, agent).verdict

    @property
    def teams(self) -> tuple[str, ...]:
        return tuple(self.team_settings)


def display_path(path: Path) -> str:
    """'rules/default.yaml' for shipped files, else relative to the working dir."""
    resolved = path.resolve()
    if resolved.is_relative_to(_PACKAGE_DIR.resolve()):
        return f"rules/{resolved.relative_to(_PACKAGE_DIR.resolve()).as_posix()}"
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)


def _read_yaml(path: Path, problems: list[Problem]) -> dict[str, Any] | None:
    name = display_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append((name, "", f"cannot read the file: {exc.strerror or exc}"))
        return None
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"line {where.line + 1}: " if where is not None else ""
        problems.append(
            (name, "", f"{line}not valid YAML: {getattr(exc, 'problem', exc)}")
        )
        return None
    if not isinstance(data, dict):
        problems.append((name, "", "the top level must be a mapping of keys"))
        return None
    return data


def _errors(
    exc: ValidationError, file: str, prefix: str, model: type[BaseModel]
) -> list[Problem]:
    found: list[Problem] = []
    for err in exc.errors():
        key = ".".join(
            [prefix, *(str(p) for p in err["loc"])]
            if prefix
            else [str(p) for p in err["loc"]]
        )
        msg = err["msg"]
        if err["type"] == "extra_forbidden" and len(err["loc"]) == 1:
            msg = f"unknown key; expected one of: {', '.join(model.model_fields)}"
        found.append((file, key, msg))
    return found


def _load_framework(path: Path, problems: list[Problem]) -> Framework | None:
    data = _read_yaml(path, problems)
    if data is None:
        return None
    name = display_path(path)
    try:
        framework = Framework.model_validate(data)
    except ValidationError as exc:
        problems.extend(_errors(exc, name, "", Framework))
        return None
    problems.extend((name, key, msg) for key, msg in framework.problems())
    return framework


def _setting(
    spec: RuleSpec,
    config: RuleConfig,
    base: RuleSetting | None,
    ctx: tuple[str, str, Framework, BusinessHours],
    problems: list[Problem],
) -> RuleSetting | None:
    file, prefix, framework, hours = ctx
    merged = {**(base.params.model_dump() if base else {}), **config.params}
    try:
        params = spec.params.model_validate(merged)
    except ValidationError as exc:
        problems.extend(_errors(exc, file, f"{prefix}.params", spec.params))
        return None
    problems.extend(
        (file, f"{prefix}.params.{key}", msg)
        for key, msg in params.framework_problems(framework)
    )
    enabled = (
        config.enabled
        if config.enabled is not None
        else (base.enabled if base else True)
    )
    verdict = config.verdict or (base.verdict if base else spec.verdict)
    if spec.required and (not enabled or verdict != spec.verdict):
        problems.append(
            (
                file,
                prefix,
                "this rule is required by law; it cannot be turned "
                "off or softened (remove the override)",
            )
        )
    if verdict == Verdict.DEFER and spec.verdict != Verdict.DEFER:
        problems.append(
            (
                file,
                f"{prefix}.verdict",
                "only rules that compute a time can defer; use warn, rewrite or block",
            )
        )
    return RuleSetting(enabled, verdict, params.bind(framework=framework, hours=hours))


def _resolve(
    pack: PackFile, file: str, framework: Framework, problems: list[Problem]
) -> tuple[Settings, dict[str, Settings], Settings]:
    """(base settings, per-team overrides, overrides for agents)."""
    registry = load_rules()
    cal = pack.calendar
    hours = base_hours(cal)
    for section, rules in [
        ("rules", pack.rules),
        ("agents.rules", pack.agents.rules),
        *((f"teams.{t}.rules", team.rules) for t, team in pack.teams.items()),
    ]:
        for rule_id in rules:
            if rule_id not in registry:
                problems.append(
                    (
                        file,
                        f"{section}.{rule_id}",
                        f"unknown rule id; known: {', '.join(registry)}",
                    )
                )
    ctx = (file, framework, hours)
    base: dict[str, RuleSetting] = {}
    for rule_id, spec in registry.items():
        config = pack.rules.get(rule_id, RuleConfig(enabled=spec.required))
        found = _setting(
            spec, config, None, (file, f"rules.{rule_id}", framework, hours), problems
        )
        if found is not None:
            base[rule_id] = found
    teams = {
        team: _overrides(team_config, f"teams.{team}", base, ctx, problems)
        for team, team_config in pack.teams.items()
    }
    agents = _overrides(pack.agents, "agents", base, ctx, problems)
    if cal.end <= cal.start:
        problems.append((file, "calendar.end", "must be later than calendar.start"))
    return base, teams, agents


def _overrides(
    section: TeamConfig,
    prefix: str,
    base: Settings,
    ctx: tuple[str, Framework, BusinessHours],
    problems: list[Problem],
) -> Settings:
    """A team's (or the agents') rule settings, each merged onto the base rule."""
    file, framework, hours = ctx
    registry = load_rules()
    found: dict[str, RuleSetting] = {}
    for rule_id, config in section.rules.items():
        if rule_id not in base:
            continue
        key = f"{prefix}.rules.{rule_id}"
        setting = _setting(
            registry[rule_id],
            config,
            base[rule_id],
            (file, key, framework, hours),
            problems,
        )
        if setting is not None:
            found[rule_id] = setting
    return found


def _revision(pack: PackFile, framework: Framework) -> str:
    canonical = json.dumps(
        {
            "pack": pack.model_dump(mode="json"),
            "framework": framework.model_dump(mode="json"),
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def load_pack(path: Path | None = None, *, framework_path: Path | None = None) -> Pack:
    """Load and validate a pack and its framework; PackError lists every problem."""
    path = Path(path) if path is not None else DEFAULT_PACK_PATH
    framework_path = (
        Path(framework_path) if framework_path is not None else FRAMEWORK_PATH
    )
    problems: list[Problem] = []
    framework = _load_framework(framework_path, problems)
    data = _read_yaml(path, problems)
    file = display_path(path)
    pack: PackFile | None = None
    if data is not None:
        try:
            pack = PackFile.model_validate(data)
        except ValidationError as exc:
            problems.extend(_errors(exc, file, "", PackFile))
    if pack is None or framework is None:
        raise PackError(problems)
    base, teams, agents = _resolve(pack, file, framework, problems)
    if problems:
        raise PackError(problems)
    return Pack(
        name=pack.name,
        revision=_revision(pack, framework),
        framework=framework,
        hours=base_hours(pack.calendar),
        settings=MappingProxyType(base),
        team_settings=MappingProxyType(
            {t: MappingProxyType(s) for t, s in teams.items()}
        ),
        source=file,
        agent_settings=MappingProxyType(agents),
    )


def base_hours(cal: CalendarConfig) -> BusinessHours:
    return BusinessHours(start=cal.start, end=cal.end, weekend=frozenset(cal.weekend))
