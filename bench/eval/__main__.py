"""`make eval`: every measurement whose data is present, one after the other.

The frozen set (tests/analysis/frozen/*.jsonl) is read only here, never trained or
tuned on; the shared corpora only when ../shared/corpora (or /work/shared/corpora)
exists; cross-validation always.
"""

from __future__ import annotations

from pathlib import Path

from bench.eval import bump, crossval, dev_inbound, frozen, ooo
from bench.eval.corpus import SHARED_CORPORA, load_corpus

FROZEN = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "frozen"


def _labelled_sets() -> list[tuple[str, Path]]:
    sets = [(f"frozen set {p.name}", p) for p in sorted(FROZEN.glob("*.jsonl"))]
    for name in ("bump", "ooo"):
        path = SHARED_CORPORA / name / "messages.jsonl"
        if path.exists():
            sets.append((f"shared corpus {name}", path))
    return sets


def _report(path: Path) -> str:
    items = load_corpus(path)
    if items and "label" in items[0] and items[0]["label"] in ("bump", "not_bump"):
        return bump.format_report(bump.evaluate(items))
    if frozen.is_frozen_inbound(items):
        return frozen.report(items)
    return ooo.format_report(ooo.evaluate(items))


def main() -> int:
    if not FROZEN.is_dir():
        print("frozen set: not present here (tests/analysis/frozen); the lead runs it")
    for title, path in _labelled_sets():
        print(f"\n=== {title} ===")
        print(_report(path))
    print("\n=== inbound development set (tests/analysis/dev_inbound, tuned on) ===")
    print(ooo.format_report(ooo.evaluate(dev_inbound.load_dev())))
    print("\n=== cross-validation: bump ===")
    print(crossval.bump_report())
    print("\n=== cross-validation: inbound ===")
    print(crossval.inbound_report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
