"""Measure the inbound parser on the labelled replies in corpora/ooo/messages.jsonl.

Out-of-office precision / recall / F1, and for items with a `return_date`, how often
`returns_on` is exactly right and within one day; per language and per category.
Run with `python -m bench.eval.ooo [CORPUS]` (`make eval`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from bench.eval.corpus import corpus_path, report_main
from bench.eval.metrics import Counts, rate
from guard.analysis.inbound.analyse import parse_inbound

CORPUS = corpus_path("ooo")


@dataclass
class Tally(Counts):
    """Counts for one slice of the corpus (positive class: out of office)."""

    items: int = 0
    dated: int = 0  # items labelled ooo with a return_date
    exact: int = 0
    within_one: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.dated if self.dated else 1.0

    @property
    def within_one_rate(self) -> float:
        return self.within_one / self.dated if self.dated else 1.0


@dataclass
class Report:
    overall: Tally
    by_language: dict[str, Tally]
    by_category: dict[str, Tally]


def anchor_of(item: dict) -> datetime | None:
    """The send time, or the day a GitHub-posted reply appeared (corpora/README.md)."""
    value = item.get("sent_at") or item.get("context_date")
    return datetime.fromisoformat(value) if value else None


def evaluate(items: Iterable[dict]) -> Report:
    """Run the parser over `items` and count against their labels."""
    overall = Tally()
    by_language: dict[str, Tally] = defaultdict(Tally)
    by_category: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        headers = item.get("headers") or {}
        result = parse_inbound(
            headers=headers,
            subject=headers.get("Subject", ""),
            body=item["body"],
            sent_at=anchor_of(item),
        )
        for tally in (
            overall,
            by_language[item["language"]],
            by_category[item["category"]],
        ):
            _count(tally, item, result.kind == "ooo", result.returns_on)
    return Report(overall, dict(by_language), dict(by_category))


def _count(tally: Tally, item: dict, said_ooo: bool, returns_on: date | None) -> None:
    tally.items += 1
    is_ooo = item["label"] == "ooo"
    tally.add(actual=is_ooo, predicted=said_ooo)
    if said_ooo != is_ooo:
        tally.misses.append(f"{item['id']}: said {'ooo' if said_ooo else 'not ooo'}")
    if not (is_ooo and item.get("return_date")):
        return
    tally.dated += 1
    expected = date.fromisoformat(item["return_date"])
    if returns_on == expected:
        tally.exact += 1
    if returns_on is not None and abs((returns_on - expected).days) <= 1:
        tally.within_one += 1
    if returns_on != expected:
        tally.misses.append(
            f"{item['id']}: returns_on {returns_on}, expected {expected}"
        )


def format_report(report: Report) -> str:
    """The report as a table a person reads."""
    lines = [_header(), _row("all", report.overall)]
    for title, slices in (
        ("language", report.by_language),
        ("category", report.by_category),
    ):
        lines.append(f"-- by {title}")
        lines += [_row(name, tally) for name, tally in sorted(slices.items())]
    if report.overall.misses:
        lines.append("-- misses")
        lines += [f"  {miss}" for miss in report.overall.misses]
    return "\n".join(lines)


def _header() -> str:
    columns = (
        ("n", 4),
        ("prec", 7),
        ("recall", 7),
        ("f1", 7),
        ("dated", 6),
        ("exact", 7),
    )
    return (
        f"{'slice':<28}"
        + "".join(f"{name:>{width}}" for name, width in columns)
        + (f"{'±1d':>7}")
    )


def _row(name: str, t: Tally) -> str:
    return (
        f"{name:<28}{t.items:>4}{rate(t.precision, 7)}{rate(t.recall, 7)}"
        f"{rate(t.f1, 7)}"
        f"{t.dated:>6}{t.exact_rate:>7.3f}{t.within_one_rate:>7.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    return report_main(argv, CORPUS, lambda items: format_report(evaluate(items)))


if __name__ == "__main__":
    raise SystemExit(main())
