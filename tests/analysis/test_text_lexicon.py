"""Per-language words of the text layer live in rules/lexicon/<lang>/text.yaml.

A new language is one folder: its text.yaml is picked up without touching Python, and
a mistake in it stops the start with an error that names the file and the entry.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from guard.analysis.text.language import SUPPORTED
from guard.analysis.text.lexicon import (
    LEXICON_DIR,
    LexiconError,
    alternatives,
    every,
    function_words,
    text_lexicons,
)

_ROOT = Path(__file__).resolve().parents[2]

_BASQUE = """\
function_words: [eta, ez, da, zure, nire, baina, oso, eskerrik]
signoffs: ['agur', 'ondo izan']
quotes:
  attributions:
    - ['Data', 'idatzi zuen\\s*:']
  between_dashes: ['Jatorrizko mezua']
  header_from: ['Nork']
  header_sent: ['Noiz']
dates:
  forms:
    monday: [astelehenera]
"""


def _write(root: Path, lang: str, text: str) -> Path:
    folder = root / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "text.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_new_language_folder_is_picked_up(tmp_path: Path) -> None:
    _write(tmp_path, "eu", _BASQUE)
    _write(tmp_path, "ca", "function_words: [amb, però, això, doncs, gràcies]\n")
    # A folder with only an inbound lexicon has no text words.
    (tmp_path / "gl").mkdir()
    (tmp_path / "gl" / "inbound.yaml").write_text("subject_ooo: ['fóra']\n")

    lexicons = text_lexicons(tmp_path)

    assert list(lexicons) == ["ca", "eu"]  # folder order
    assert function_words(tmp_path)["eu"][:3] == ("eta", "ez", "da")
    assert every("signoffs", tmp_path) == ("agur", "ondo izan")
    assert every("attributions", tmp_path) == (("Data", r"idatzi zuen\s*:"),)
    assert lexicons["eu"].date_forms == {"monday": ("astelehenera",)}
    signoff = re.compile(rf"^(?:{alternatives('signoffs', tmp_path)}),?$", re.I)
    assert signoff.match("Ondo izan,")
    # No language lists verbs_last: the alternation matches nothing, not everything.
    assert not re.search(alternatives("verbs_last", tmp_path), "kirjoitti")


def test_a_word_two_languages_share_is_listed_once(tmp_path: Path) -> None:
    _write(tmp_path, "da", "quotes:\n  header_from: ['Fra']\n")
    _write(tmp_path, "nb", "quotes:\n  header_from: ['Fra']\n")
    assert alternatives("header_from", tmp_path) == "Fra"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("signoffs: ['agur'\n", "not valid YAML"),
        ("signofs: ['agur']\n", "unknown key 'signofs' at the top"),
        ("quotes:\n  header_form: ['Nork']\n", "unknown key 'header_form' in quotes"),
        ("function_words: [eta, no, ez]\n", "entry False is not text; quote it"),
        ("function_words: eta ez da\n", "function_words must be a list"),
        ("signoffs: ['agur(']\n", "signoffs: bad pattern 'agur('"),
        ("signoffs: ['(agur)']\n", "use non-capturing groups"),
        ("quotes:\n  attributions: [['Data']]\n", "each entry is [opening, closing]"),
        ("- eta\n- ez\n", "expected a mapping of sections"),
        ("abbreviations: ['[Dd]rs?']\n", "must match a fixed number of characters"),
    ],
)
def test_a_malformed_file_names_itself_and_the_entry(
    tmp_path: Path, text: str, says: str
) -> None:
    path = _write(tmp_path, "eu", text)
    with pytest.raises(LexiconError) as raised:
        text_lexicons(tmp_path)
    assert str(path) in str(raised.value)
    assert says in str(raised.value)


def test_every_supported_language_has_function_words_and_training_data() -> None:
    # SUPPORTED stays an explicit list: a language is supported once the bump model
    # has been trained on it, not when its folder appears. This keeps the list, the
    # folders and the training data in step.
    folder = {"no": "nb"}  # lingua and our inbound side call Norwegian "nb"
    words = function_words()
    missing = [lang for lang in SUPPORTED if folder.get(lang, lang) not in words]
    assert not missing, (
        f"no function_words in rules/lexicon/<lang>/text.yaml: {missing}"
    )
    trained = {
        p.stem for p in (_ROOT / "rules" / "training" / "outgoing").glob("*.jsonl")
    }
    assert set(SUPPORTED) == trained


def test_the_shipped_files_load() -> None:
    lexicons = text_lexicons(LEXICON_DIR)
    assert {"en", "de", "nb", "pl", "hu"} <= set(lexicons)
    assert "mit freundlichen grüßen" in lexicons["de"].signoffs
