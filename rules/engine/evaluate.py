"""Evaluate a pack on one snapshot and combine the findings into one Decision (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache
from typing import Any

from models.domain import (
    ContactContext,
    Decision,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Suggestion,
    Verdict,
)
from rules.engine.packs import Pack
from rules.engine.registry import RuleFn, RuleParams, load_rules
from rules.features.content import suggest
from rules.features.rewrite import compose_rewrite

# Each round moves the candidate later; with the default rules two or three rounds
# settle it (absence, business hours, cadence gap). The bound stops a faulty rule pair.
MAX_DEFER_ROUNDS = 12
BUMP_RULE = "bump.premature"


@dataclass(frozen=True, slots=True)
class _Step:
    """One enabled rule as a pack (and team) runs it, looked up once per pack."""

    fn: RuleFn
    default: Verdict  # the rule's own verdict
    verdict: Verdict  # the pack's verdict for it
    params: RuleParams


@lru_cache(maxsize=256)
def _plan(
    pack: Pack, team: str | None, agent: bool = False
) -> tuple[tuple[_Step, ...], tuple[_Step, ...]]:
    """(every enabled rule, the ones that can defer), in catalogue order.

    A `Pack` is immutable and hashed by identity, so a reloaded pack gets a new plan.
    Only rules registered with verdict DEFER emit DEFER findings, and evaluate turns
    those into the pack's verdict: so the rules that can defer are exactly those
    whose pack verdict is DEFER.
    """
    registry = load_rules()
    steps = tuple(
        _Step(
            registry[rule_id].fn,
            registry[rule_id].verdict,
            pack.verdict_for(rule_id, team, agent),
            pack.params_for(rule_id, team, agent),
        )
        for rule_id in pack.enabled_rules(team, agent)
    )
    deferring = tuple(s for s in steps if s.verdict == Verdict.DEFER)
    return steps, deferring


def evaluate(
    pack: Pack,
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    *,
    team: str | None = None,
) -> list[Finding]:
    """Every enabled rule's findings for this send, in catalogue order.

    `team` defaults to `ctx.team`; the pack's verdict for a rule replaces the rule's
    default verdict on its findings (a pack may soften `stage.premature_ask` to warn).
    """
    team = team if team is not None else ctx.team
    return _run(_plan(pack, team, _by_agent(send))[0], send, ctx, analysis)


def _by_agent(send: PlannedSend) -> bool:
    # A pack's `agents:` section applies to every send an AI agent makes.
    return send.agent_id is not None


def _run(
    steps: Iterable[_Step],
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
) -> list[Finding]:
    found: list[Finding] = []
    for step in steps:
        for finding in step.fn(send, ctx, analysis, step.params):
            if finding.verdict == step.default and step.verdict != step.default:
                finding = replace(finding, verdict=step.verdict)
            found.append(finding)
    return found


def _latest_defer(findings: Iterable[Finding], after: datetime) -> datetime | None:
    times = [
        f.deliver_after
        for f in findings
        if f.verdict == Verdict.DEFER
        and f.deliver_after is not None
        and f.deliver_after > after
    ]
    return max(times, default=None)


def resolve(
    pack: Pack,
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    *,
    team: str | None = None,
) -> tuple[list[Finding], datetime | None]:
    """The findings and ONE `deliver_after` satisfying every deferring rule at once.

    Moves the planned time to the latest requested time and evaluates again until no
    deferring rule pushes it later (a fixed point). Deferring findings that appear only
    at a later candidate are added, so the decision explains the whole delay.

    Later rounds run only the rules that can defer: the others' findings stay those
    at the planned time, and only deferring findings are read from a later round.
    """
    team = team if team is not None else ctx.team
    steps, deferring = _plan(pack, team, _by_agent(send))
    findings = _run(steps, send, ctx, analysis)
    candidate = _latest_defer(findings, send.planned_at)
    if candidate is None:
        return findings, None
    for _ in range(MAX_DEFER_ROUNDS):
        moved = _run(deferring, replace(send, planned_at=candidate), ctx, analysis)
        seen = {f.rule for f in findings}
        findings += [
            f for f in moved if f.verdict == Verdict.DEFER and f.rule not in seen
        ]
        later = _latest_defer(moved, candidate)
        if later is None:
            break
        candidate = later
    return findings, candidate


def strongest(findings: Iterable[Finding]) -> Verdict:
    return max((f.verdict for f in findings), default=Verdict.ALLOW)


def combine(
    findings: Sequence[Finding],
    *,
    deliver_after: datetime | None = None,
    rewrite: str | None = None,
    suggestions: Sequence[Suggestion] = (),
) -> Decision:
    """The decision: the strongest verdict wins; the deferral time rides along."""
    return Decision(
        verdict=strongest(findings),
        findings=tuple(findings),
        deliver_after=deliver_after,
        rewrite=rewrite,
        suggestions=tuple(suggestions),
    )


def _block_unrewritable(findings: list[Finding]) -> list[Finding]:
    # docs/rules.md: a premature bump is rewritten into a value follow-up, or blocked
    # when no rewrite is possible; a bare bump must not go out unchanged.
    return [
        replace(
            f,
            verdict=Verdict.BLOCK,
            message=f"{f.message} No rewrite was possible, so it is held for review.",
        )
        if f.rule == BUMP_RULE and f.verdict == Verdict.REWRITE
        else f
        for f in findings
    ]


def decide(
    pack: Pack,
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    *,
    team: str | None = None,
    assets: Iterable[Any] = (),
) -> Decision:
    """Evaluate, resolve the deferral, suggest content and compose the rewrite.

    The rewrite is composed whenever a rule asked for one, not only when REWRITE is the
    final verdict: a deferred premature bump must not go out later unchanged.
    """
    findings, deliver_after = resolve(pack, send, ctx, analysis, team=team)
    suggestions = suggest(
        tuple(assets),
        contact=ctx.contact,
        language=analysis.language,
        exclude_urls=ctx.sent_links,
        topics=analysis.topics,
    )
    rewrite = None
    if any(f.verdict == Verdict.REWRITE for f in findings):
        rewrite = compose_rewrite(
            findings=tuple(findings),
            send=send,
            ctx=ctx,
            analysis=analysis,
            suggestions=suggestions,
        )
        if rewrite is None:
            findings = _block_unrewritable(findings)
    return combine(
        findings, deliver_after=deliver_after, rewrite=rewrite, suggestions=suggestions
    )
