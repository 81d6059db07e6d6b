"""Score the inbound parser on the hand-written development set.

tests/analysis/dev_inbound holds it. The ooo report of bench.eval.ooo, plus the
people who wrote that they are away: how many come out as a human reply with an
absence, and with the right return day.
Run with `python -m bench.eval.dev_inbound [DIRECTORY]`; the second set, written
before tuning against it, is tests/analysis/dev_inbound2.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from bench.eval import ooo
from guard.analysis.inbound.analyse import parse_inbound

DEV = Path(__file__).resolve().parents[2] / "tests" / "analysis" / "dev_inbound"
ANCHORS = {
    "A": "2026-03-05T09:30:00+01:00",
    "B": "2026-07-17T09:30:00+01:00",
    "C": "2026-12-18T09:30:00+01:00",
    "D": "2026-05-12T09:30:00+01:00",
    "E": "2026-08-03T09:30:00+01:00",
    "F": "2026-10-21T09:30:00+01:00",
}
CATEGORY = {
    "ooo": "out_of_office",
    "auto_ack": "auto_ack",
    "newsletter": "newsletter",
    "gone": "mailbox_retired_autoreply",
    "human": "human_reply",
    "away": "human_absence_notice",
}


def load_dev(directory: Path = DEV) -> list[dict]:
    """The development set as corpus items (the fields bench.eval.ooo reads)."""
    items: list[dict] = []
    for path in sorted(directory.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
            items.append(_item(path.stem, entry))
    return items


def _item(language: str, entry: dict) -> dict:
    sent_at = ANCHORS[entry["at"]]
    headers = {"Subject": entry["subject"], "Date": sent_at}
    if entry.get("auto"):
        headers["Auto-Submitted"] = "auto-replied"
    headers.update(entry.get("headers") or {})
    returns, last = entry.get("returns"), entry.get("last")
    return {
        "id": entry["id"],
        "language": language,
        "label": "ooo" if entry["kind"] == "ooo" else "not_ooo",
        "kind": entry["kind"],
        "category": CATEGORY[entry["kind"]],
        "tag": entry.get("tag", entry["kind"]),
        "headerless": not entry.get("auto"),
        "headers": headers,
        "body": entry["body"],
        "sent_at": sent_at,
        "return_date": returns.isoformat() if returns else None,
        "last_day_away": last.isoformat() if last else None,
    }


def parse(item: dict):
    headers = item["headers"]
    return parse_inbound(
        headers=headers,
        subject=headers["Subject"],
        body=item["body"],
        sent_at=ooo.anchor_of(item),
    )


@dataclass
class AwayTally:
    n: int = 0
    human_away: int = 0  # a human reply that carries the absence
    exact: int = 0
    dated: int = 0  # those that name the day they are back
    misses: list[str] = field(default_factory=list)


def away_report(items: list[dict]) -> AwayTally:
    tally = AwayTally()
    for item in items:
        if item["kind"] != "away":
            continue
        tally.n += 1
        result = parse(item)
        ok = result.kind == "human" and result.away
        tally.human_away += ok
        # "I'm off sick at the moment": away, with no day to expect.
        expected = item["return_date"] and date.fromisoformat(item["return_date"])
        tally.dated += expected is not None
        tally.exact += ok and expected is not None and result.returns_on == expected
        if not ok or (expected is not None and result.returns_on != expected):
            tally.misses.append(
                f"{item['id']}: {result.kind} away={result.away} "
                f"returns_on {result.returns_on}, expected {expected}"
            )
    return tally


def negatives_read_as_ooo(items: list[dict]) -> list[str]:
    """The not-out-of-office replies the parser calls out of office."""
    return [
        f"{item['id']} ({item['kind']})"
        for item in items
        if item["label"] != "ooo" and parse(item).kind == "ooo"
    ]


def predicted_kind(item: dict) -> str:
    """The parser's answer in the set's own kinds ("away": a human reply and an
    absence)."""
    result = parse(item)
    return "away" if result.kind == "human" and result.away else result.kind


def confusion(items: list[dict], key: str = "kind") -> dict[str, dict[str, int]]:
    """For each expected kind (or `tag`), how often each kind came out."""
    table: dict[str, dict[str, int]] = {}
    for item in items:
        row = table.setdefault(item[key], {})
        got = predicted_kind(item)
        row[got] = row.get(got, 0) + 1
    return table


def format_confusion(table: dict[str, dict[str, int]], title: str) -> str:
    kinds = ("ooo", "away", "human", "auto_ack", "newsletter", "gone", "bounce")
    lines = [f"{title:<18}{'n':>4}" + "".join(f"{k:>11}" for k in kinds)]
    for name in sorted(table):
        row = table[name]
        lines.append(
            f"{name:<18}{sum(row.values()):>4}"
            + "".join(f"{row.get(k, 0) or '.':>11}" for k in kinds)
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    items = load_dev(Path(args[0]) if args else DEV)
    print(ooo.format_report(ooo.evaluate(items)))
    wrong = negatives_read_as_ooo(items)
    negatives = sum(item["label"] != "ooo" for item in items)
    print(f"\nnegatives read as out of office: {len(wrong)}/{negatives}")
    for miss in wrong:
        print(f"  {miss}")
    headerless = [i for i in items if i["headerless"]]
    report = ooo.evaluate(headerless).overall
    print(
        f"\nheaderless: n={report.items} prec={report.precision:.3f} "
        f"recall={report.recall:.3f} exact={report.exact_rate:.3f}"
    )
    away = away_report(items)
    print(
        f"away (human + absence): {away.human_away}/{away.n}, "
        f"with the exact day: {away.exact}/{away.dated}"
    )
    for miss in away.misses:
        print(f"  {miss}")
    print("\nexpected (rows) vs what the parser said (columns)")
    print(format_confusion(confusion(items), "kind"))
    if any(item["tag"] != item["kind"] for item in items):
        print(format_confusion(confusion(items, "tag"), "tag"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
