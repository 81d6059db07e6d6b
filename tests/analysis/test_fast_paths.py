"""The hot path's shortcuts give exactly what the spaCy components give.

analyse_outgoing reads sentences and cues off one token table instead of running the
pipeline token by token, and the tokenizer drops spaCy's plain whitespace special
cases (guard/analysis/text/pipeline.py). Each shortcut is checked against the reference
on the shared corpus and on texts written to hit the edge cases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from guard.analysis.outgoing.components import (
    RunTokenizer,
    sentence_bounds,
    token_table,
)
from guard.analysis.outgoing.lexicon import expand_all, is_gapped, load_outgoing
from guard.analysis.outgoing.signals import (
    _DIGIT,
    NUMERIC_RESULT,
    SLOT,
    has_numeric_result,
)
from guard.analysis.text.language import SUPPORTED
from guard.analysis.text.pipeline import get_pipeline, spacy_code
from guard.analysis.text.prepare import prepare

CORPUS = (
    Path(__file__).resolve().parents[2] / ".." / "shared/corpora/bump/messages.jsonl"
)
EDGES = [
    "",
    " ",
    " Hi Ada,\n\nfollowing up.\nsee below.\n\n\n- a\n- b\n\nBest,\nSam",
    "One. Two! Three? four\nfive\n\nSix…",
    "did this really resonate with you? I have reached out a few times now.",
    "Does Tuesday or Wednesday work for you? Does it suit?",
    "Hast du meine letzte Mail schon gesehen? Ich habe mich vor Tagen gemeldet.",
    "cut ramp from 90 days to 51 days; reduced it by 40%.\tTabs\tand  double  spaces",
    "x \n y \t\n\tz\u00a0w",
]


def _texts() -> list[str]:
    texts = list(EDGES)
    if CORPUS.exists():
        # Every other message keeps the test quick; the texts differ enough.
        for line in CORPUS.read_text(encoding="utf-8").splitlines()[::2]:
            message = json.loads(line)
            texts += [message["body"], message.get("subject") or ""]
            texts.append(prepare(message["body"]).analysed)
    return texts


TEXTS = _texts()


@pytest.mark.parametrize("lang", SUPPORTED)
def test_sentences_and_cues_match_the_pipeline(lang: str) -> None:
    nlp = get_pipeline(lang)
    cues = nlp.get_pipe("guard_outgoing_cues")
    for text in TEXTS:
        doc = nlp(text)
        table = token_table(nlp.make_doc(text))
        expected = [(s.start_char, s.end_char) for s in doc.sents] if len(doc) else []
        assert sentence_bounds(text, table) == expected, text
        assert cues.find(nlp.make_doc(text), table) == doc._.guard_cues, text
        assert cues.find(doc) == cues._find_with_matcher(doc), text


@pytest.mark.parametrize("lang", SUPPORTED)
def test_tokens_match_spacys_default_tokenizer(lang: str) -> None:
    ours, reference = get_pipeline(lang), spacy.blank(spacy_code(lang))
    for text in TEXTS:
        got, want = ours.make_doc(text), reference.make_doc(text)
        assert [(t.text, t.idx, t.whitespace_, t.norm) for t in got] == [
            (t.text, t.idx, t.whitespace_, t.norm) for t in want
        ], text


# Special cases whose pattern runs across two runs ("o.O", ":o", "a. m.") and other
# places where a run's tokens could differ from the whole text's.
RUN_EDGES = [
    "  leading spaces, and  two  inside,\t\ttabs \n \n\nand blank lines  ",
    "de quinta: o motor o.O :o : o x: O (:o) :-) : -) a. m. a.m. p. ex. e.g .",
    "'cause 'em can't won't y'all ’cause d'Artagnan l'été",
    "x\u00a0y\u2003z\u2028w",
    "(95606) Tumuka41 29/11 14h30 3.5x €5 -- ... ?! ¿Qué? «oui»",
    "en EE. UU. y EE.UU. (:o) :o) x :-) :) b so :o :)",
    # New words, alone and with a mark: their rows come from the attribute getters.
    "Thiago, Ferreira. Xyzzy; Qwer! Asdf? Zxcv: A. etc. Sr. Dr. p. ca. Inc. bzw. "
    "Ihr. St. Jan. ten Tausend mille cent vingt",
]


@pytest.mark.parametrize("lang", SUPPORTED)
def test_run_tables_match_the_doc(lang: str) -> None:
    """RunTokenizer's table (and the cues read off it) is the doc's, or it says to
    ask spaCy; a second call, from its cache, gives the same."""
    nlp = get_pipeline(lang)
    runs, cues = RunTokenizer(nlp), nlp.get_pipe("guard_outgoing_cues")
    texts = TEXTS + RUN_EDGES + [" ".join(RUN_EDGES), "\n".join(RUN_EDGES)]
    for text in texts + texts:
        doc = nlp.make_doc(text)
        table = runs.table(text)
        if table is None:
            continue
        assert table[:6] == token_table(doc)[:6], text
        found = cues.find_in(table)
        assert found is None or found == cues.find(doc), text


def test_run_tables_ask_spacy_where_a_special_case_joins_runs() -> None:
    nlp = get_pipeline("es")
    runs = RunTokenizer(nlp)
    # "EE. UU." is a Spanish special case with a space: one token across two runs.
    text = "Vendemos en EE. UU. y México"
    assert "EE. UU." in [t.text for t in nlp.make_doc(text)]
    assert runs.table(text) is None
    # ":o" is an emoticon: the matcher sees ":" and "o" as its pattern even with a
    # space between, but keeps them apart, so the runs' table stands.
    assert runs.table("de quinta: o motor") == token_table(
        nlp.make_doc("de quinta: o motor")
    )._replace(columns=None)


NUMERIC_TEXTS = [
    "from 90 days to 51",
    "From  12 to 14 weeks",
    "van 3 naar 4 dagen",
    "de 10 a 20 días",
    "von\u00a03 auf 4",
    "$ 5",
    "costs €5 a seat",
    "£ 40k",
    "cut it by 40%",
    "3x faster, 2 × cheaper",
    "7.2 → 2.8",
    "1,2 -> 3",
    "12 hours/week",
    "12 Stunden pro Woche",
    "10 uur per week",
    "ticket 4711 and 4712",
    "v2.5x",
    "{stat} 40%",
    "no figure here",
]


def test_numeric_results_are_found_where_a_plain_search_finds_them() -> None:
    """has_numeric_result tries the pattern only near numbers: same answers."""
    texts = NUMERIC_TEXTS + [
        a + sep + b
        for a in NUMERIC_TEXTS
        for b in NUMERIC_TEXTS
        for sep in (" ", "", "\n")
    ]
    texts += TEXTS
    for text in texts:
        plain = bool(_DIGIT.search(text)) and bool(
            NUMERIC_RESULT.search(SLOT.sub(" ", text))
        )
        assert has_numeric_result(text) == plain, text


def test_remembered_runs_stay_within_their_bound(monkeypatch) -> None:
    """The runs every language's RunTokenizer keeps are bounded together, and a
    forgotten run is tokenized again the same."""
    nlp = get_pipeline("en")
    runs = RunTokenizer(nlp)
    monkeypatch.setattr(RunTokenizer, "MAX_RUNS", len(runs.runs) + 50)
    words = " ".join(f"Zq{n}x" for n in range(400))
    table = runs.table(words)
    assert len(runs.runs) <= RunTokenizer.MAX_RUNS
    assert (
        runs.table(words)
        == table
        == token_table(nlp.make_doc(words))._replace(columns=None)
    )


def _shared_phrases(lang: str) -> list[str]:
    """Plain lexicon phrases listed under two labels or more."""
    labels: dict[str, set[str]] = {}
    for label, phrases in load_outgoing(lang).items():
        for variant in expand_all([p for p in phrases if not is_gapped(p)]):
            labels.setdefault(variant, set()).add(label)
    return sorted(v for v, found in labels.items() if len(found) > 1)


@pytest.mark.parametrize("lang", ["en", "de", "fr"])
def test_cues_sharing_a_span_come_in_the_matchers_order(lang: str) -> None:
    """A phrase under two labels ("bump" and "own_message") gives two cues on one
    span; their order is the PhraseMatcher's, and the table path gives it too
    instead of making a doc (it did for ~17% of varied mail)."""
    nlp = get_pipeline(lang)
    runs, cues = RunTokenizer(nlp), nlp.get_pipe("guard_outgoing_cues")
    shared = _shared_phrases(lang)
    assert shared
    for phrase in shared:
        for text in (f"Hi Ada,\n\n{phrase}.\n\nBest,\nSam", f"{phrase} {phrase}?"):
            table = runs.table(text)
            if table is None:
                continue
            found = cues.find_in(table)
            assert found is not None, text
            assert found == nlp(text)._.guard_cues, text


# Runs of shapes a new mail brings: names with figures, bracketed figures, inverted
# and quoted openings, hyphenated and dotted words, times, money, emoji, URLs
# (none a special case in any language: those go to spaCy, e.g. Dutch "e-mail?").
NEW_RUNS = (
    '(6339) Vriqortu0 ¿Sabes "not now" 24th. 10:00 £28 (ERP, go-to 🙂 '
    "Q3. go-live 4-6; 41%. (límite) docs.helmstone.pl/sso, www.tallyo.com "
    "<div>Wie Julia,<br><br> tästä?<br><br> ondertekening?&nbsp; 20.05.2026, +351 R$"
)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_new_runs_are_split_without_a_doc(lang: str, monkeypatch) -> None:
    """Runs not seen before take spaCy's affix and infix rules in Python: the table
    is the doc's, and no doc was made for it."""
    nlp = get_pipeline(lang)
    want = token_table(nlp.make_doc(NEW_RUNS))._replace(columns=None)
    runs = RunTokenizer(nlp)
    made: list[str] = []
    make_doc = nlp.make_doc
    monkeypatch.setattr(
        nlp, "make_doc", lambda text: made.append(text) or make_doc(text)
    )
    assert runs.table(NEW_RUNS) == want
    assert made == [], made
