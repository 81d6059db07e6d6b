"""Lint a sequence before launch: every step decided by the pure rules, on synthetic
contacts, as if the earlier steps had gone out as designed (no database, no clock).

The message analysis is passed in (`Analyser`): it lives in `guard/analysis`, which
`rules` must not import.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from models import domain as d
from models.bounds import check_day
from rules.engine.calendar import ContactCalendar, local_instant, zone
from rules.engine.evaluate import decide
from rules.engine.framework import Framework
from rules.engine.packs import Pack

# What a step's subject and body may name; "{first_name}" is filled per contact.
PLACEHOLDERS = ("first_name", "last_name", "company", "title", "sender_name")
Analyser = Callable[[str, str, str, frozenset[str]], d.MessageAnalysis]


class SequenceError(ValueError):
    """The sequence is not valid; `problems` holds (key path, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{k}: {m}" if k else m for k, m in problems))


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _day_in_range(value: date | None) -> date | None:
    return None if value is None else check_day(value)


def _known_zone(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown time zone {value!r}; use e.g. Europe/Berlin"
        ) from None
    return value


class Step(_Strict):
    channel: Literal["email", "linkedin", "call", "sms"]
    delay: int = Field(0, ge=0, le=60)  # business days after the previous step
    at: time | None = None  # local send time; default: the sequence's `at`
    subject: str = ""
    body: str = Field(min_length=1, max_length=20_000)


class ContactSpec(_Strict):
    """A representative contact; unset fields come from the sequence's audience."""

    stage: str
    persona: str | None = None
    position: str | None = None
    entry_point: bool = True
    first_name: str = "Alex"
    last_name: str = "Example"
    title: str | None = None
    timezone: str | None = None
    country: str | None = None
    language: str | None = None

    _zone = field_validator("timezone")(_known_zone)


class Audience(_Strict):
    company: str = "Example Corp"
    timezone: str = "UTC"
    country: str | None = None
    language: str = "en"

    _zone = field_validator("timezone")(_known_zone)


class Sequence(_Strict):
    name: str = Field(min_length=1, max_length=200)
    sender: str = "seller@seller.example"
    sender_name: str = "Sam"
    team: str | None = None
    automated: bool = True
    start: date | None = None  # the first step's day; default: given by the caller
    at: time = time(9, 0)
    # The zone the sequence tool schedules in; None: each contact's own local time.
    timezone: str | None = None
    audience: Audience = Audience()
    contacts: tuple[ContactSpec, ...] = Field(default=(), max_length=500)
    steps: tuple[Step, ...] = Field(min_length=1, max_length=30)

    _zone = field_validator("timezone")(_known_zone)
    _start = field_validator("start")(_day_in_range)


def parse_sequence(text: str, framework: Framework) -> Sequence:
    """A sequence from YAML text, checked against the framework; SequenceError lists
    every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SequenceError([("", f"not valid YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise SequenceError([("", "the top level must be a mapping with name, steps")])
    return validate_sequence(data, framework)


def validate_sequence(data: Any, framework: Framework) -> Sequence:
    try:
        seq = Sequence.model_validate(data)
    except ValidationError as exc:
        raise SequenceError(
            [(".".join(str(p) for p in e["loc"]), e["msg"]) for e in exc.errors()]
        ) from None
    problems = _placeholder_problems(seq) + _framework_problems(seq, framework)
    if problems:
        raise SequenceError(problems)
    return seq


def _placeholder_problems(seq: Sequence) -> list[tuple[str, str]]:
    found = []
    for i, step in enumerate(seq.steps):
        for part in ("subject", "body"):
            try:
                names = {
                    n for _, n, _, _ in string.Formatter().parse(getattr(step, part))
                }
            except ValueError as exc:
                found.append((f"steps.{i}.{part}", f"bad template: {exc}"))
                continue
            for name in sorted(n for n in names - {None} if n not in PLACEHOLDERS):
                found.append(
                    (
                        f"steps.{i}.{part}",
                        f"unknown placeholder {{{name}}}; use one of "
                        + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS),
                    )
                )
    return found


def _framework_problems(seq: Sequence, fw: Framework) -> list[tuple[str, str]]:
    found = []
    for i, c in enumerate(seq.contacts):
        for key, value, known in (
            ("stage", c.stage, fw.stages),
            ("persona", c.persona, fw.personas),
            ("position", c.position, fw.positions),
        ):
            if value is not None and value not in known:
                found.append(
                    (
                        f"contacts.{i}.{key}",
                        f"unknown {key} {value!r}; use one of: " + ", ".join(known),
                    )
                )
    return found


def representatives(seq: Sequence, framework: Framework) -> tuple[d.Person, ...]:
    """The contacts given, else one per stage × persona of the framework."""
    specs = seq.contacts or tuple(
        ContactSpec(stage=stage, persona=persona)
        for stage in framework.stages
        for persona in framework.personas
    )
    aud = seq.audience
    return tuple(
        d.Person(
            id=n,
            email=f"contact{n}@example.invalid",
            first_name=c.first_name,
            last_name=c.last_name,
            title=c.title or framework.persona_label(c.persona),
            persona=c.persona,
            position=c.position,
            entry_point=c.entry_point,
            stage=c.stage,
            timezone=c.timezone or aud.timezone,
            country=c.country or aud.country,
            language=c.language or aud.language,
            account_id=1,
        )
        for n, c in enumerate(specs, start=1)
    )


def schedule(
    seq: Sequence, person: d.Person, pack: Pack, start: date
) -> tuple[datetime, ...]:
    """Each step's send time: business-day delays from `start`, at the step's hour.

    Business days are the contact's (their country's holidays); the hour is read in
    the sequence's `timezone` when it has one, else in the contact's own.
    """
    cal = ContactCalendar(
        tz=zone(person.timezone), country=person.country, hours=pack.hours
    )
    tz = zone(seq.timezone or person.timezone)
    day, times = seq.start or start, []
    for i, step in enumerate(seq.steps):
        if i:
            day = cal.add_days(day, step.delay)
        times.append(local_instant(day, step.at or seq.at, tz))
    return tuple(times)


def render(text: str, person: d.Person, seq: Sequence) -> str:
    values = {
        "first_name": person.first_name or "",
        "last_name": person.last_name or "",
        "company": seq.audience.company,
        "title": person.title or "",
        "sender_name": seq.sender_name,
    }
    return text.format_map(values)


@dataclass(frozen=True, slots=True)
class StepOutcome:
    step: int  # 1-based
    person: d.Person
    planned_at: datetime
    decision: d.Decision


def lint_person(
    pack: Pack,
    seq: Sequence,
    person: d.Person,
    *,
    start: date,
    analyse: Analyser,
    assets: Iterable[Any] = (),
) -> list[StepOutcome]:
    """Each step decided as if the earlier ones had gone out as designed."""
    history: list[d.TouchRecord] = []
    outcomes = []
    times = schedule(seq, person, pack, start)
    for n, (step, at) in enumerate(zip(seq.steps, times, strict=True), 1):
        ctx = _context(seq, person, tuple(reversed(history)), at)
        send = d.PlannedSend(
            contact_id=person.id,
            sender_email=seq.sender,
            channel=step.channel,
            planned_at=at,
            subject=render(step.subject, person, seq),
            body=render(step.body, person, seq),
            sequence_id=seq.name,
            sequence_step=n,
            automated=seq.automated,
        )
        analysis = analyse(send.subject, send.body, person.language, ctx.sent_links)
        decision = decide(pack, send, ctx, analysis, team=seq.team, assets=assets)
        outcomes.append(StepOutcome(n, person, at, decision))
        history.append(_as_sent(n, send, analysis))
    return outcomes


def _context(
    seq: Sequence, person: d.Person, touches: tuple[d.TouchRecord, ...], at: datetime
) -> d.ContactContext:
    """No replies, no absences: a sequence runs until someone answers."""
    return d.ContactContext(
        now=at,
        contact=person,
        account=d.Account(id=1, name=seq.audience.company),
        touches=touches,  # newest first, as the snapshot gives them
        account_touches=touches,
        sent_links=frozenset(link for t in touches for link in t.links),
        team=seq.team,
    )


def _as_sent(n: int, send: d.PlannedSend, analysis: d.MessageAnalysis) -> d.TouchRecord:
    return d.TouchRecord(
        id=n,
        contact_id=send.contact_id,
        sender_email=send.sender_email,
        channel=send.channel,
        sent_at=send.planned_at,
        subject=send.subject,
        body=send.body,
        automated=send.automated,
        sequence_id=send.sequence_id,
        is_bump=analysis.is_bump,
        links=analysis.links,
    )
