"""Large tokenizer expressions are compiled once and read back at the next start
(guard/analysis/text/regex_cache.py): the same compiled pattern, in milliseconds
instead of seconds, and compiled again when the file does not fit."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy import util
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER
from spacy.lang.en import English

from guard.analysis.inbound.lexicon import (
    LEXICON_DIR,
    InboundLexicon,
    fold,
    load_lexicon,
)
from guard.analysis.text import regex_cache

pytestmark = pytest.mark.skipif(
    not regex_cache.enabled(), reason="needs CPython's re internals"
)

# Costly to compile like spaCy's French token_match (case-insensitive classes of every
# Unicode letter, its ALPHA), a few of its 400 alternatives.
COSTLY = (
    "(?iu)"
    + "|".join(
        f"(?:^{word}[-‐][{ALPHA_LOWER}]+[{ALPHA}'-]*$)"
        for word in ("anti", "contre", "sous", "sur", "entre", "mi", "semi", "demi")
    )
    + "|(?P<rest>^x+$)"
)


@pytest.fixture
def kept_in(tmp_path: Path) -> Iterator[Path]:
    """The regex cache in `tmp_path` for the test (the app keeps it in GUARD_CACHE_DIR)."""
    before = regex_cache.directory()
    regex_cache.keep_in(tmp_path)
    try:
        yield tmp_path
    finally:
        regex_cache.keep_in(before)


@pytest.fixture
def no_cache() -> Iterator[None]:
    before = regex_cache.directory()
    regex_cache.keep_in(None)
    try:
        yield
    finally:
        regex_cache.keep_in(before)


def _cpu(function: object) -> float:
    started = time.process_time()
    function()  # type: ignore[operator]
    return time.process_time() - started


def test_a_restored_pattern_is_the_one_python_compiles() -> None:
    defaults = English.Defaults
    patterns = [
        (util.compile_prefix_regex(defaults.prefixes).pattern, 0),
        (util.compile_suffix_regex(defaults.suffixes).pattern, 0),
        (util.compile_infix_regex(defaults.infixes).pattern, 0),
        (COSTLY, 0),
        (r"(?P<day>\d+) (?P<month>\w+)", re.IGNORECASE),
    ]
    for pattern, flags in patterns:
        restored = regex_cache.compiled(regex_cache.derive(pattern, flags))
        python = re.compile(pattern, flags)
        # Pattern equality compares the flags, the text and the compiled code.
        assert restored == python
        assert restored.groupindex == python.groupindex
        assert restored.groups == python.groups
    costly = regex_cache.compiled(regex_cache.derive(COSTLY, 0))
    for text in ("anti-Âge", "SOUS-Ѐtre", "contre", "xxx", "sous-x'y-z", "mi-Ωμέγα"):
        assert bool(costly.match(text)) == bool(re.match(COSTLY, text))
    assert costly.match("xxx").group("rest") == "xxx"  # type: ignore[union-attr]


def test_the_next_build_reads_the_pattern_instead_of_compiling_it(
    kept_in: Path,
) -> None:
    re.purge()
    with regex_cache.reused("test", sources="1"):
        first = re.compile(COSTLY)
    (kept,) = kept_in.glob("regex-test-*.marshal")

    re.purge()
    compiling_s = _cpu(lambda: re.compile(COSTLY))
    re.purge()
    with regex_cache.reused("test", sources="1"):
        reading_s = _cpu(lambda: re.compile(COSTLY))
        again = re.compile(COSTLY)
    assert again == first
    # Measured in the same process, one after the other: ~0.1 s against ~1 ms.
    assert reading_s < compiling_s / 5, (reading_s, compiling_s)
    assert list(kept_in.glob("regex-test-*.marshal")) == [kept]


def test_small_patterns_are_not_kept(kept_in: Path) -> None:
    re.purge()
    with regex_cache.reused("small", sources=""):
        re.compile(r"\d+ days")
    assert not list(kept_in.glob("regex-*"))


def test_another_library_version_or_a_damaged_file_compiles_again(
    kept_in: Path,
) -> None:
    re.purge()
    with regex_cache.reused("test", sources="1"):
        re.compile(COSTLY)
    (file,) = kept_in.glob("regex-test-*.marshal")
    re.purge()
    with regex_cache.reused("test", sources="2"):  # another spaCy: compiled again
        assert _cpu(lambda: re.compile(COSTLY)) > 0.01
    assert regex_cache.read("test", "2")
    assert regex_cache.read("test", "1") is None

    file.write_bytes(b"\x00not marshal")
    re.purge()
    with regex_cache.reused("test", sources="1"):
        compiled = re.compile(COSTLY)
    assert compiled == regex_cache.compiled(regex_cache.derive(COSTLY, 0))
    # Rewritten, and read back at the next build.
    re.purge()
    with regex_cache.reused("test", sources="1"):
        assert _cpu(lambda: re.compile(COSTLY)) < 0.05


def test_without_a_directory_nothing_is_written(tmp_path: Path, no_cache: None) -> None:
    re.purge()
    with regex_cache.reused("test", sources=""):
        assert re.compile(COSTLY).match("anti-x")
    assert not list(tmp_path.iterdir())


FRENCH = """
import json, sys, time
from collections.abc import Iterator
from pathlib import Path
from guard.analysis.text import pipeline
started = time.process_time()
pipeline.warm_up(("fr",), cache_dir=Path(sys.argv[1]) if sys.argv[1:] else None)
build_s = time.process_time() - started
nlp = pipeline.get_pipeline("fr")
text = ("Peut-être qu'aujourd'hui la grand-mère viendra au rendez-vous, c'est-à-dire "
        "après-demain : anti-inflammatoire, porte-monnaie et saut-de-ski compris.")
with pipeline.tokenizing(nlp):
    tokens = [token.text for token in nlp(text)]
print(json.dumps({"build_s": build_s, "tokens": tokens}))
"""


def _french(cache: Path | None) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", FRENCH, *([str(cache)] if cache else [])],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_french_builds_in_a_fraction_of_the_time_at_the_next_start(
    tmp_path: Path,
) -> None:
    plain = _french(None)  # no cache: what spaCy does alone
    first = _french(tmp_path)  # compiles spaCy's token_match, keeps it
    assert list(tmp_path.glob("regex-spacy-fr-*.marshal"))
    second = _french(tmp_path)
    assert first["tokens"] == second["tokens"] == plain["tokens"]
    assert "grand-mère" in first["tokens"]  # type: ignore[operator]
    # CPU seconds, each in a fresh interpreter: ~2.6 s against ~0.3 s.
    assert second["build_s"] < first["build_s"] / 3, (first, second)
    # Keeping the file costs the first start next to nothing.
    assert first["build_s"] < plain["build_s"] * 1.5, (plain, first)


def _patterns(lexicon: InboundLexicon) -> dict[str, tuple[object, object]]:
    return {name: (cue.pattern, cue.latin) for name, cue in lexicon.cues.items()}


def test_the_inbound_lexicon_is_read_back_as_compiled_until_its_yaml_changes(
    kept_in: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    lexicons = tmp_path_factory.mktemp("lexicon")
    for source in sorted(LEXICON_DIR.glob("*/inbound.yaml")):
        (lexicons / source.parent.name).mkdir()
        (lexicons / source.parent.name / "inbound.yaml").write_text(
            source.read_text(encoding="utf-8"), encoding="utf-8"
        )
    load = load_lexicon.__wrapped__  # not the per-process cache
    regex_cache.keep_in(None)
    try:
        compiled = load(lexicons)
    finally:
        regex_cache.keep_in(kept_in)

    first_s = _cpu(lambda: load(lexicons))  # compiles, keeps
    started = time.process_time()
    kept = load(lexicons)
    kept_s = time.process_time() - started
    assert _patterns(kept) == _patterns(compiled)  # Pattern == compares the code
    assert kept.languages == compiled.languages
    assert kept_s < first_s / 5, (kept_s, first_s)
    text = fold("Je suis absente du bureau jusqu'au 3 janvier.")
    found = [m.group() for m in kept.cue("absence").finditer(text)]
    assert found == [m.group() for m in compiled.cue("absence").finditer(text)]
    assert found

    # An edited lexicon is compiled again, not read back.
    french = lexicons / "fr" / "inbound.yaml"
    french.write_text(
        "absence_test: ['parti faire du kayak']\n" + french.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    edited = load(lexicons)
    assert edited.cue("absence_test").search(fold("Parti faire du kayak"))
    assert kept.cue("absence_test").pattern is None
