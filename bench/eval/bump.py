"""Measure the bump classifier on the labelled corpus.

Run: `python -m bench.eval.bump [corpus.jsonl]`.

Precision, recall and F1 overall and per language; per `kind` the share classified
as labelled (each kind belongs to one label); and the confusion matrix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.eval.corpus import corpus_path, report_main
from bench.eval.metrics import Counts, format_recall_gate, format_reliability, rate
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.analysis.text.language import SUPPORTED

CORPUS = corpus_path("bump")


@dataclass(slots=True)
class Report:
    overall: Counts = field(default_factory=Counts)
    by_language: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # id, kind, label
    # (calibrated probability, actual) where the model gave one
    probabilities: list[tuple[float, bool]] = field(default_factory=list)


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
        if analysis.bump_probability is not None:
            report.probabilities.append((analysis.bump_probability, actual))
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
            f"{name:<14}{c.n:>5}{rate(c.precision, 11)}{rate(c.recall)}{rate(c.f1, 7)}"
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
    lines += ["", format_recall_gate(report.by_language, SUPPORTED)]
    if report.probabilities:
        probabilities, actual = zip(*report.probabilities, strict=True)
        lines += ["", format_reliability(probabilities, actual)]
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
