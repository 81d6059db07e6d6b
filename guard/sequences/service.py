"""Lint a sequence: analyse each step's text, run the pure lint, summarise per step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.policy import Policy
from guard.sequences.schemas import FailOn, LintOut
from guard.sequences.summary import summarise
from models.domain import MessageAnalysis, Verdict
from rules.features.sequence_lint import (
    Analyser,
    Sequence,
    StepOutcome,
    lint_person,
    representatives,
)


def default_start(today: date | None = None) -> date:
    """Next Monday: a stable date for a week of runs, and a full week ahead."""
    today = today or datetime.now(UTC).date()
    return today + timedelta(days=7 - today.weekday())


def analyser() -> Analyser:
    """The outgoing analysis, once per distinct text: representative contacts share
    names, so every contact of a language gets the same rendered step."""

    @lru_cache(maxsize=1024)
    def run(
        subject: str, body: str, language: str, sent: frozenset[str]
    ) -> MessageAnalysis:
        return analyse_outgoing(
            subject=subject, body=body, language=language, sent_links=sent
        )

    return run


def lint_sequence(
    *,
    policy: Policy,
    seq: Sequence,
    start: date | None = None,
    fail_on: FailOn = "defer",
) -> LintOut:
    """Every step against every representative contact, summarised per step."""
    first_day = seq.start or start or default_start()
    analyse = analyser()
    people = representatives(seq, policy.pack.framework)
    outcomes: list[StepOutcome] = []
    for person in people:
        outcomes += lint_person(
            policy.pack,
            seq,
            person,
            start=first_day,
            analyse=analyse,
            assets=policy.assets,
        )
    steps = summarise(seq, outcomes, policy.pack.framework)
    worst = max((Verdict(s.worst) for s in steps), default=Verdict.ALLOW)
    return LintOut(
        sequence=seq.name,
        start=first_day,
        contacts=len(people),
        fail_on=fail_on,
        worst=worst.value,
        failed=fail_on != "never" and worst >= Verdict(fail_on),
        steps=steps,
    )
