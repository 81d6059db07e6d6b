"""Count how verdicts change, per rule and per team, and keep a few examples."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from guard.policy_sim.schemas import (
    Example,
    RuleChange,
    SimulationOut,
    TeamChange,
    Transition,
)
from models import Check, Contact
from models.domain import Decision, Verdict


@dataclass
class Tally:
    examples: int = 10
    truncated: bool = False
    checks: int = 0
    skipped: int = 0
    drifted: int = 0
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    removed: Counter[str] = field(default_factory=Counter)
    teams: dict[str | None, list[int]] = field(default_factory=dict)
    shown: list[Example] = field(default_factory=list)

    def add(self, row: Check, contact: Contact, old: Decision, new: Decision) -> None:
        self.checks += 1
        self.drifted += old.verdict.value != row.verdict
        before, after = set(old.rules), set(new.rules)
        self.added.update(after - before)
        self.removed.update(before - after)
        counts = self.teams.setdefault(row.team, [0, 0, 0, 0])
        counts[0] += 1
        if old.verdict == new.verdict:
            return
        self.transitions[old.verdict.value, new.verdict.value] += 1
        counts[1] += 1
        counts[2 if new.verdict > old.verdict else 3] += 1
        if len(self.shown) < self.examples:
            self.shown.append(_example(row, contact, old, new))

    def report(
        self,
        *,
        current: str,
        new: str,
        since: datetime,
        until: datetime,
        current_model: str | None = None,
        new_model: str | None = None,
    ) -> SimulationOut:
        return SimulationOut(
            current_revision=current,
            new_revision=new,
            current_model=current_model,
            new_model=new_model,
            since=since,
            until=until,
            checks=self.checks,
            changed=sum(self.transitions.values()),
            skipped=self.skipped,
            truncated=self.truncated,
            drifted=self.drifted,
            transitions=[
                Transition(old=o, new=n, checks=c)
                for (o, n), c in self.transitions.most_common()
            ],
            rules=[
                RuleChange(rule=r, added=self.added[r], removed=self.removed[r])
                for r in sorted(set(self.added) | set(self.removed))
            ],
            teams=[
                TeamChange(team=t, checks=c, changed=x, stricter=s, looser=lo)
                for t, (c, x, s, lo) in sorted(
                    self.teams.items(), key=lambda kv: kv[0] or ""
                )
            ],
            examples=self.shown,
        )


def _example(row: Check, contact: Contact, old: Decision, new: Decision) -> Example:
    before, after = set(old.rules), set(new.rules)
    fresh = [f for f in new.findings if f.rule not in before]
    strongest = max(fresh, key=lambda f: f.verdict, default=None)
    return Example(
        check_id=row.id,
        contact=contact.email,
        team=row.team,
        created_at=row.created_at,
        old=old.verdict.value,
        new=new.verdict.value,
        rules_added=sorted(after - before),
        rules_removed=sorted(before - after),
        reason=strongest.message if strongest else _changed_reason(old, new),
    )


def _changed_reason(old: Decision, new: Decision) -> str | None:
    # Same rules, another verdict: a rule's verdict or its parameters changed.
    moved = [f for f in new.findings if f.verdict == new.verdict > Verdict.ALLOW]
    return moved[0].message if moved else None
