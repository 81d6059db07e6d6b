"""The frozen test set's inbound records as the items bench.eval.ooo scores.

tests/analysis/frozen/inbound.jsonl names each reply's `kind` (ooo, auto_ack, bounce,
complaint, gone, human, newsletter), whether a person wrote that they are away
(`human_away`) and the first day back (`returns_on`). Read here only to measure.
"""

from __future__ import annotations

from bench.eval import dev_inbound

# What must never be read as an absence (issue #12: at most 3 %).
NOT_ABSENCES = ("auto_ack", "newsletter", "gone")


def as_corpus_item(record: dict) -> dict:
    away = bool(record.get("human_away"))
    kind = "away" if away else record["kind"]
    returns = record.get("returns_on")
    headers = {"Subject": record.get("subject", ""), **(record.get("headers") or {})}
    return {
        "id": record["id"],
        "language": record["language"],
        "label": "ooo" if record["kind"] == "ooo" else "not_ooo",
        "kind": kind,
        "category": kind,
        "headerless": not any(
            k.lower() in ("auto-submitted", "x-autoreply", "x-auto-response-suppress")
            for k in headers
        ),
        "headers": headers,
        "body": record["body"],
        "sent_at": record["sent_at"],
        "return_date": returns if record["kind"] == "ooo" or away else None,
    }


def is_frozen_inbound(records: list[dict]) -> bool:
    return bool(records) and "kind" in records[0] and "label" not in records[0]


def report(records: list[dict]) -> str:
    from bench.eval import ooo

    items = [as_corpus_item(r) for r in records]
    lines = [ooo.format_report(ooo.evaluate(items))]
    mixed = [i for i in items if i["kind"] in NOT_ABSENCES]
    taken = [i["id"] for i in mixed if dev_inbound.parse(i).kind == "ooo"]
    lines.append(
        f"\nacknowledgements, newsletters, gone read as out of office: "
        f"{len(taken)}/{len(mixed)} ({len(taken) / max(1, len(mixed)):.1%}) {taken}"
    )
    away = dev_inbound.away_report(items)
    lines.append(
        f"people away (human reply + absence): {away.human_away}/{away.n}, "
        f"with the exact day: {away.exact}/{away.n}"
    )
    return "\n".join(lines)
