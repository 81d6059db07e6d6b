"""The outgoing sentences of issue 12, through the analysis a check runs."""

from __future__ import annotations

import pytest

from guard.analysis.outgoing.analyse import analyse_outgoing


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # paraphrased nudges that no list holds
        (
            "Re: fleet data",
            "Hi Priya,\n\nDid this get buried? Happy to resend.\n\nMarc",
        ),
        ("Re: proposal", "Hi Ada,\n\nresurfacing this in case it slipped.\n\nSam"),
        # a one-line and an emoji-only nudge
        ("Re: proposal", "👀"),
        ("Re: proposal", "Any thoughts?"),
    ],
)
def test_paraphrased_and_tiny_nudges_are_bumps(subject: str, body: str) -> None:
    analysis = analyse_outgoing(subject=subject, body=body)
    assert analysis.is_bump
    assert analysis.bump_probability is not None and analysis.bump_probability > 0.5


def test_a_nudge_opening_that_delivers_a_benchmark_is_not_a_bump() -> None:
    analysis = analyse_outgoing(
        subject="Re: onboarding",
        body="Hi Ada,\n\nfollowing up - this time with something useful: our "
        "benchmark of 40 banks shows onboarding drop-off falls from 38% to 9% when "
        "the ID check moves to the end. Report: https://example.com/b\n\nSam",
    )
    assert not analysis.is_bump


def test_a_topic_word_is_not_a_stage_intent() -> None:
    # "our benchmark compares onboarding drop-off across 40 banks" to a prospect
    analysis = analyse_outgoing(
        subject="Onboarding benchmark",
        body="Hi Ada,\n\nour benchmark compares onboarding drop-off across 40 "
        "banks: the median bank loses 38% of applicants at the ID step.\n\nSam",
    )
    assert "post_sale" not in analysis.intents


def test_real_post_sale_talk_is_still_post_sale() -> None:
    analysis = analyse_outgoing(
        subject="Kick-off", body="Hi Ada,\n\nyour onboarding call is on Tuesday.\n"
    )
    assert "post_sale" in analysis.intents


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "sv",
            "Hej Anna,\n\nville bara höra om du hunnit titta på mitt förra mejl? "
            "Hör gärna av dig.\n\nMvh\nErik",
        ),
        (
            "pl",
            "Dzień dobry Pani Anno,\n\nczy miała Pani okazję zapoznać się z moją "
            "wcześniejszą wiadomością? Będę wdzięczny za odpowiedź.\n\nPozdrawiam\n"
            "Piotr",
        ),
    ],
)
def test_swedish_and_polish_nudges_are_bumps(language: str, body: str) -> None:
    # "Outgoing text is forced into one of seven languages: a Swedish or Polish
    # nudge scores 'not a bump'."
    analysis = analyse_outgoing(subject="Re: offert", body=body)
    assert analysis.language == language and not analysis.language_unsupported
    assert analysis.is_bump


@pytest.mark.parametrize(
    "body",
    [
        "Dobrý den, paní Nováková,\n\nchtěl jsem se jen zeptat, jestli jste měla "
        "čas podívat se na můj předchozí e-mail?\n\nS pozdravem\nPetr",
        "田中様\n\n先日お送りしたメールはご覧いただけましたでしょうか。",
    ],
)
def test_other_languages_are_reported_unsupported(body: str) -> None:
    analysis = analyse_outgoing(subject="Re: nabídka", body=body)
    assert analysis.language_unsupported
    assert analysis.bump_probability is None and not analysis.is_bump


def test_evidence_spans_point_into_the_text_and_name_the_model() -> None:
    body = "Hi Ada,\n\nDid this get buried? Happy to resend.\n\nSam"
    analysis = analyse_outgoing(subject="Re: proposal", body=body)
    bump_spans = analysis.spans_for("bump")
    assert bump_spans
    assert all(analysis.text[s.start : s.end] == s.text for s in bump_spans)
    assert analysis.model_id is not None and analysis.model_id.startswith("bump-")
