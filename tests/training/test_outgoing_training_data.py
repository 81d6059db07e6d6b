"""The outgoing training data is what its stock renders, in every language, balanced."""

import collections
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "rules" / "training" / "outgoing"
LANGUAGES = ["en", "de", "fr", "es", "pt", "it", "nl", "sv", "da", "no", "fi", "pl"]


def _stock_module():
    """The kind lists live in one place: the stock reader next to the renderer."""
    path = ROOT / "scripts" / "training_data" / "outgoing" / "stock.py"
    spec = importlib.util.spec_from_file_location("training_stock", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STOCK = _stock_module()
PLACEHOLDER = re.compile(r"\{(first|co|our|me|hon|last|full)\}|\{[sr]:")
FIELDS = ["id", "language", "channel", "subject", "body", "label", "kind", "core"]


def _rows() -> list[dict[str, str]]:
    return [
        json.loads(line)
        for lang in LANGUAGES
        for line in (DATA / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


def test_rebuilding_from_the_stock_gives_the_committed_files_byte_for_byte(tmp_path):
    script = ROOT / "scripts" / "training_data" / "outgoing" / "build.py"
    subprocess.run([sys.executable, script, "--out", tmp_path], check=True, timeout=120)
    for lang in LANGUAGES:
        assert (tmp_path / f"{lang}.jsonl").read_bytes() == (
            DATA / f"{lang}.jsonl"
        ).read_bytes(), lang


def test_twelve_languages_with_as_many_hard_negatives_as_bumps():
    rows = _rows()
    assert len(rows) >= 3000
    per_language = collections.Counter((r["language"], r["label"]) for r in rows)
    for lang in LANGUAGES:
        assert per_language[(lang, "bump")] >= 125, lang
        assert per_language[(lang, "bump")] == per_language[(lang, "not_bump")], lang
    value = sum(r["kind"] == "value_follow_up" for r in rows)
    assert value >= 0.3 * per_language.total() / 2  # the hardest negative is common


def test_rows_follow_the_documented_format_and_no_body_repeats():
    rows = _rows()
    assert all(list(r) == FIELDS for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["body"] for r in rows}) == len(rows)
    for r in rows:
        assert r["channel"] in {"email", "sms", "linkedin"}
        kinds = STOCK.BUMP_KINDS if r["label"] == "bump" else STOCK.NOT_BUMP_KINDS
        assert r["kind"] in kinds, r["id"]
        assert not PLACEHOLDER.search(r["body"] + r["subject"]), r["id"]
        if r["channel"] != "email":
            assert r["subject"] == ""
