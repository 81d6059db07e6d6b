"""The simulation as `guard rules simulate` prints it: a few lines a person reads."""

from __future__ import annotations

from datetime import datetime

from guard.policy_sim.schemas import Example, SimulationOut


def _at(dt: datetime) -> str:
    return f"{dt:%a} {dt.day} {dt:%b %Y %H:%M} UTC"


def render_text(out: SimulationOut) -> str:
    stricter = sum(t.stricter for t in out.teams)
    lines = [
        f"Replayed {out.checks} check(s) stored {_at(out.since)} – {_at(out.until)} "
        f"under pack {out.new_revision} (current {out.current_revision}).",
    ]
    if out.new_model and out.new_model != out.current_model:
        lines.append(f"Bump model {out.new_model} (current {out.current_model}).")
    lines += [
        f"{out.changed} verdict(s) would change: {stricter} stricter, "
        f"{out.changed - stricter} looser.",
    ]
    if out.skipped or out.truncated or out.drifted:
        lines.append(_caveats(out))
    if out.transitions:
        lines += ["", "verdicts"]
        lines += [f"  {t.old} → {t.new}: {t.checks}" for t in out.transitions]
    if out.rules:
        lines += ["", "rules (checks where it would start / stop firing)"]
        lines += [f"  {r.rule}: +{r.added} -{r.removed}" for r in out.rules]
    lines += ["", "teams"]
    lines += [
        f"  {t.team or '(no team)'}: {t.checks} check(s), {t.changed} changed "
        f"({t.stricter} stricter, {t.looser} looser)"
        for t in out.teams
    ]
    if out.examples:
        lines += ["", "examples"]
        for example in out.examples:
            lines += _example(example)
    return "\n".join(lines)


def _caveats(out: SimulationOut) -> str:
    notes = []
    if out.skipped:
        notes.append(f"{out.skipped} skipped (contact deleted or old request format)")
    if out.truncated:
        notes.append("only the newest checks were replayed (limit reached)")
    if out.drifted:
        notes.append(
            f"{out.drifted} decide differently today under the current pack "
            "(stored under another revision, or their data was edited since)"
        )
    return "Note: " + "; ".join(notes) + "."


def _example(e: Example) -> list[str]:
    changes = [f"+{r}" for r in e.rules_added] + [f"-{r}" for r in e.rules_removed]
    head = (
        f"  check {e.check_id} to {e.contact} ({e.team or 'no team'}, "
        f"{_at(e.created_at)}): {e.old} → {e.new}"
    )
    lines = [head + (f"  [{' '.join(changes)}]" if changes else "")]
    if e.reason:
        lines.append(f"    {e.reason}")
    return lines
