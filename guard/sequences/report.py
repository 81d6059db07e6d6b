"""The lint as `guard sequence lint` prints it: one block per step, issues first."""

from __future__ import annotations

from guard.sequences.schemas import IssueOut, LintOut, StepOut

_REWRITE_LINES = 8  # enough to see what changed; --json has the whole text


def render_text(out: LintOut, *, all_stages: int, all_personas: int) -> str:
    verdict = "fails" if out.failed else "passes"
    lines = [
        f"Sequence {out.sequence}: {len(out.steps)} step(s) × {out.contacts} "
        f"representative contact(s), first step on {out.start:%a} {out.start.day} "
        f"{out.start:%b %Y}.",
        f"Worst verdict: {out.worst}; the lint {verdict} (fail on {out.fail_on}).",
    ]
    for step in out.steps:
        lines += ["", *_step(step, all_stages, all_personas)]
    return "\n".join(lines)


def _step(step: StepOut, all_stages: int, all_personas: int) -> list[str]:
    at = step.planned_at
    when = f"{at:%a} {at.day} {at:%b %H:%M} {at.tzname()}"
    delay = f", +{step.delay} business day(s)" if step.step > 1 else ""
    counts = ", ".join(f"{v} {n}" for v, n in step.verdicts.items())
    lines = [f"Step {step.step}  {step.channel}{delay}, {when}: {counts}"]
    if step.subject:
        lines[0] += f"  ({step.subject!r})"
    for issue in step.issues:
        lines += _issue(issue, all_stages, all_personas)
    if step.rewrite:
        rewrite = step.rewrite.strip().splitlines()
        lines.append("  rewrite:")
        lines += [f"    | {line}" for line in rewrite[:_REWRITE_LINES]]
        if len(rewrite) > _REWRITE_LINES:
            lines.append("    | …")
    # Content replaces a message only when its words are the problem, not its time.
    if step.suggestions and any(i.verdict in ("rewrite", "block") for i in step.issues):
        lines.append("  content to send instead:")
        lines += [f"    - {s.title} <{s.url}>" for s in step.suggestions]
    return lines


def _issue(issue: IssueOut, all_stages: int, all_personas: int) -> list[str]:
    stages = (
        "all stages" if len(issue.stages) == all_stages else ", ".join(issue.stages)
    )
    personas = (
        ""
        if len(issue.personas) in (0, all_personas)
        else "; " + ", ".join(issue.personas)
    )
    return [
        f"  {issue.verdict:<7} {issue.kind} ({issue.rule}): {issue.contacts} "
        f"contact(s) — {stages}{personas}",
        f"          {issue.example}",
    ]
