"""The lexicons are read with libyaml's safe loader (ten times faster at start-up,
bench/startup.py): the same data as PyYAML's Python loader, for every shipped lexicon."""

from __future__ import annotations

import yaml

from guard.analysis.outgoing.lexicon import LEXICON_DIR, SAFE_LOADER


def test_every_lexicon_reads_the_same() -> None:
    files = sorted(LEXICON_DIR.glob("*/*.yaml"))
    assert len(files) >= 24  # inbound and outgoing, a dozen languages and more
    for path in files:
        text = path.read_text(encoding="utf-8")
        expected = yaml.safe_load(text)
        data = yaml.load(text, Loader=SAFE_LOADER)
        assert data == expected, path
        assert repr(data) == repr(expected), path  # types and order too


def test_libyaml_reads_them_where_pyyaml_has_it() -> None:
    # Its speed is start-up's (bench/startup.py), not a timed test's: a timing here
    # failed on a loaded CI run.
    if yaml.__with_libyaml__:
        assert SAFE_LOADER is yaml.CSafeLoader
