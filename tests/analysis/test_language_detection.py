"""Outgoing language identification: the vote, the learnt word counts, then lingua."""

from __future__ import annotations

import json

import pytest

from guard.analysis.model import language_words
from guard.analysis.model.data import training_digest, training_files
from guard.analysis.text.language import detect_outgoing_language, undecided_by_vote

# Mail the function-word vote leaves undecided (too few of its words).
UNDECIDED = {
    "da": "Hej Camilla,\n\nHar du haft tid til at kigge på tilbuddet fra sidste uge? "
    "Vi kan tage et kort opkald på torsdag, hvis det passer.\n\nBedste hilsner\nSigne",
    "no": "Hei Kari,\n\nHar du fått sett på tilbudet fra forrige uke? Vi kan ta en "
    "kort prat på torsdag om det passer.\n\nMed vennlig hilsen\nSigne",
    "fi": "Hei Mikko,\n\nehditkö jo katsoa viime viikon tarjousta? Voidaanko sopia "
    "lyhyt puhelu torstaina?\n\nTerveisin\nAnna",
}


@pytest.mark.parametrize("lang", sorted(UNDECIDED))
def test_mail_the_vote_leaves_open_is_decided_without_lingua(lang: str) -> None:
    text = UNDECIDED[lang]
    assert detect_outgoing_language(text) == lang
    # Before: every such mail (26% of varied mail) waited ~1.5 ms for lingua, and any
    # mail with an "i" was weighed against all 35 languages (the dotless "ı" matched it).
    assert not undecided_by_vote(text)


def test_hungarian_without_its_own_letters_stays_unsupported() -> None:
    # No "ő" or "ű": only lingua recognises it; the word counts know too few words.
    text = (
        "Kedves Partnerünk!\n\nA héten szabadságon vagyok, csütörtökön jövök vissza. "
        "Sürgős ügyben kérem keresse a kollégámat.\n\nÜdv,"
    )
    assert detect_outgoing_language(text) == "hu"


def test_a_mail_in_two_languages_is_in_its_opening_one() -> None:
    text = (
        "Hei,\n\nLaura Korhonen on poissa 18.6.2025 asti ja vastaa palattuaan.\n\n"
        "Note: I am on holiday until 18 June. Messages sent in the meantime will be "
        "read after my return."
    )
    assert detect_outgoing_language(text) == "fi"


def test_shipped_word_counts_match_the_training_data() -> None:
    if not training_files("outgoing"):
        pytest.skip("no rules/training/outgoing here")
    shipped = json.loads(language_words.PATH.read_text(encoding="utf-8"))
    assert shipped["meta"]["training_digest"] == training_digest("outgoing"), (
        "data/language.json was built from other data: run `guard model train`"
    )


def test_word_counts_rebuild_byte_for_byte(tmp_path) -> None:
    folder = tmp_path / "outgoing"
    folder.mkdir()
    items = [
        {"id": "1", "language": "da", "core": "a", "subject": "", "label": "bump",
         "body": "Hej Ole,\n\nhar du set mit tilbud?\n\nSigne"},
        {"id": "2", "language": "no", "core": "b", "subject": "", "label": "bump",
         "body": "Hei Ola,\n\nhar du sett tilbudet mitt?\n\nSigne"},
    ]  # fmt: skip
    lines = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    (folder / "da.jsonl").write_text(lines, encoding="utf-8")
    first, second = language_words.train(tmp_path), language_words.train(tmp_path)
    assert first == second
    document = json.loads(first)
    assert document["counts"]["tilbudet"] == [
        1 if lang == "no" else 0 for lang in document["languages"]
    ]
