"""Issue 12, item 6, fourth round (tests/analysis/dev_inbound10): leaver and
retired-mailbox notices under auto-reply headers were read as out of office, because
the headers said "auto-reply" and the subject "Automatic reply:". A departure is
`gone` whoever sends it; an out-of-office that names a colleague or a temporary
address, or leave without a day back, stays an absence."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_tenth_development_set_holds_its_gates() -> None:
    # First sight: precision 0.783, 10/91 notices and replies read as out of office
    # (all of them leaver notices), 30/61 leaver notices `gone`, 90/128 right kind.
    from bench.eval import dev_inbound, ooo

    items = dev_inbound.load_dev(ROOT / "tests/analysis/dev_inbound10")
    report = ooo.evaluate(items).overall
    assert report.precision >= 0.97 and report.recall >= 0.97
    assert dev_inbound.negatives_read_as_ooo(items) == []
    gone = [i for i in items if i["kind"] == "gone"]
    assert sum(dev_inbound.predicted_kind(i) == "gone" for i in gone) >= 57
    assert sum(dev_inbound.predicted_kind(i) == i["kind"] for i in items) >= 115


def test_the_leavers_training_lines_are_fresh_and_apart_from_the_dev_sets() -> None:
    from bench.eval.dev_inbound import load_dev
    from scripts.training_data.inbound import leavers

    committed = (ROOT / "rules/training/inbound/leavers.jsonl").read_text("utf-8")
    assert committed.splitlines() == leavers.lines(), "rerun the renderer"
    dev = {
        item["body"].split("\n")[0]
        for name in ("dev_inbound10", "dev_inbound11")
        if (ROOT / "tests/analysis" / name).is_dir()
        for item in load_dev(ROOT / "tests/analysis" / name)
    }
    for row in map(json.loads, leavers.lines()):
        assert row["body"].split("\n")[0] not in dev, row["id"]
