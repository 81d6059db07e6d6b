"""Fold the per-contact decisions of a lint into one entry per step (pure)."""

from __future__ import annotations

from collections import Counter, defaultdict

from guard.sequences.schemas import IssueOut, StepOut, SuggestionOut
from models.domain import Finding, Verdict
from rules.engine.calendar import zone
from rules.engine.framework import Framework
from rules.features.sequence_lint import Sequence, StepOutcome

# What a sequence designer calls each rule's finding; other rules keep their id.
KINDS = {
    "bump.premature": "bump",
    "stage.premature_ask": "premature ask",
    "cadence.duplicate": "duplicate across channels",
    "cadence.contact": "too dense",
    "cadence.account": "too dense",
    "timing.quiet_hours": "quiet hours",
    "persona.use_case_missing": "no use case",
    "lifecycle.post_purchase": "acquisition message to a customer",
    "replies.scheduling_link": "scheduling link",
}


def summarise(
    seq: Sequence, outcomes: list[StepOutcome], framework: Framework
) -> list[StepOut]:
    by_step: dict[int, list[StepOutcome]] = defaultdict(list)
    for outcome in outcomes:
        by_step[outcome.step].append(outcome)
    return [_step(n, seq, by_step[n], framework) for n in range(1, len(seq.steps) + 1)]


def _step(
    n: int, seq: Sequence, outcomes: list[StepOutcome], framework: Framework
) -> StepOut:
    spec = seq.steps[n - 1]
    verdicts = Counter(o.decision.verdict.value for o in outcomes)
    first = outcomes[0]
    rewritten = next((o for o in outcomes if o.decision.rewrite), None)
    shown = rewritten or first
    worst = max((o.decision.verdict for o in outcomes), default=Verdict.ALLOW)
    return StepOut(
        step=n,
        channel=spec.channel,
        delay=spec.delay if n > 1 else 0,
        subject=spec.subject,
        planned_at=first.planned_at.astimezone(zone(first.person.timezone)),
        verdicts=dict(verdicts.most_common()),
        worst=worst.value,
        issues=_issues(outcomes, framework),
        rewrite=rewritten.decision.rewrite if rewritten else None,
        suggestions=[
            SuggestionOut(title=s.title, url=s.url, why=s.why)
            for s in shown.decision.suggestions
        ],
    )


def _issues(outcomes: list[StepOutcome], framework: Framework) -> list[IssueOut]:
    found: dict[str, list[tuple[StepOutcome, Finding]]] = defaultdict(list)
    for outcome in outcomes:
        for finding in outcome.decision.findings:
            found[finding.rule].append((outcome, finding))
    issues = [_issue(rule, hits, framework) for rule, hits in found.items()]
    return sorted(issues, key=lambda i: (-Verdict(i.verdict).rank, -i.contacts))


def _issue(
    rule: str, hits: list[tuple[StepOutcome, Finding]], framework: Framework
) -> IssueOut:
    worst = max((f.verdict for _, f in hits), default=Verdict.ALLOW)
    people = {o.person.id: o.person for o, _ in hits}.values()
    stages = {p.stage for p in people}
    personas = {p.persona for p in people if p.persona}
    return IssueOut(
        kind=KINDS.get(rule, rule),
        rule=rule,
        verdict=worst.value,
        contacts=len(people),
        stages=[s for s in framework.stages if s in stages],
        personas=[p for p in framework.personas if p in personas],
        example=next(f.message for _, f in hits if f.verdict == worst),
    )
