"""Measure the bump classifier on the labelled corpus.

Run: `python -m guard.analysis.evaluate_bump [corpus.jsonl]`.

Precision, recall and F1 overall and per language; per `kind` the share classified
as labelled (each kind belongs to one label); and the confusion matrix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from guard.analysis.corpus import corpus_path, report_main
from guard.analysis.outgoing import analyse_outgoing

CORPUS = corpus_path("bump")


@dataclass(slots=True)
class Counts:
    """Confusion counts with "bump" as the positive class."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, *, actual: bool, predicted: bool) -> None:
        if actual and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        # No predicted bumps means no false blocks: precision is perfect, not undefined.
        flagged = self.tp + self.fp
        return self.tp / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        bumps = self.tp + self.fn
        return self.tp / bumps if bumps else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / self.n if self.n else 1.0


@dataclass(slots=True)
class Report:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # id, kind, label


def evaluate(items: Iterable[dict], *, use_language: bool = False) -> Report:
    """Classify every item and count; `use_language` passes the labelled language."""
    report = Report()
    for item in items:
        analysis = analyse_outgoing(
            subject=item.get("subject") or "",
            body=item["body"],
            language=item.get("language") if use_language else None,
        )
        actual = item["label"] == "bump"
        for counts in (
            report.overall,
            report.by_language[item["language"]],
            report.by_kind[item["kind"]],
        ):
            counts.add(actual=actual, predicted=analysis.is_bump)
        if actual != analysis.is_bump:
            report.errors.append((item["id"], item["kind"], item["label"]))
    return report


def format_report(report: Report) -> str:
    lines = ["bump classifier (positive class = bump)", ""]
    header = f"{'':<14}{'n':>5}{'precision':>11}{'recall':>8}{'F1':>7}"
    lines.append(header)
    rows = [("overall", report.overall), *sorted(report.by_language.items())]
    for name, c in rows:
        lines.append(
            f"{name:<14}{c.n:>5}{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>7.3f}"
        )
    lines += ["", f"{'kind':<16}{'n':>5}{'correct':>9}"]
    for kind, c in sorted(report.by_kind.items()):
        lines.append(f"{kind:<16}{c.n:>5}{c.accuracy:>9.3f}")
    o = report.overall
    lines += [
        "",
        "confusion matrix   predicted bump   predicted not_bump",
        f"actual bump        {o.tp:>14}   {o.fn:>18}",
        f"actual not_bump    {o.fp:>14}   {o.tn:>18}",
    ]
    if report.errors:
        lines += [
            "",
            "misclassified: " + ", ".join(f"{i} ({k})" for i, k, _ in report.errors),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    return report_main(argv, CORPUS, lambda items: format_report(evaluate(items)))


if __name__ == "__main__":
    raise SystemExit(main())
