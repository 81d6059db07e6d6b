"""analyse_outgoing on examples written for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from guard.analysis.outgoing.analyse import analyse_outgoing
from models.domain import MessageAnalysis


def _assert_spans_index_text(a: MessageAnalysis) -> None:
    for s in a.spans:
        source = a.text if s.field == "body" else a.subject
        assert source[s.start : s.end] == s.text, s


QUOTED_VALUE = (
    "Hi Priya,\n\nJust circling back on my note below - any thoughts?\n\n"
    "Best,\nTom\n\n"
    "On Tue, 4 Nov 2025 at 09:12, Tom Baker <tom@seller.io> wrote:\n"
    "> Here is our new case study: Acme cut onboarding time by 42% in 6 weeks.\n"
    "> Full report: https://seller.io/acme-report\n"
)


class TestBumpVerdict:
    def test_bump_quoting_value_rich_email_is_still_a_bump(self) -> None:
        a = analyse_outgoing(subject="Re: onboarding", body=QUOTED_VALUE)
        assert a.is_bump and "bump" in a.intents
        assert "case study" not in a.new_text and "circling back" in a.new_text
        assert a.substantive_sentences == ()
        _assert_spans_index_text(a)

    def test_follow_up_opener_with_new_case_study_is_not_a_bump(self) -> None:
        body = (
            "Hi Priya,\n\nFollowing up on my email from last week.\n\n"
            "Here's the case study we just published: Northwind cut invoice "
            "processing from 9 days to 2 after connecting our API to their ERP.\n"
            "https://seller.io/northwind\n\nBest,\nTom"
        )
        a = analyse_outgoing(subject="Re: invoices", body=body)
        assert not a.is_bump
        assert "value_share" in a.intents and "integration" in a.topics
        assert a.substantive_sentences
        assert a.new_links == ("https://seller.io/northwind",)
        _assert_spans_index_text(a)

    def test_outlook_header_block_is_history(self) -> None:
        body = (
            "Hallo Jonas,\n\nhaben Sie meine letzte Mail gesehen?\n\nGrüße\nEva\n\n"
            "Von: Eva Roth\nGesendet: Montag, 3. November 2025 10:00\nAn: Jonas\n"
            "Betreff: Fallstudie\n\nHier ist die Fallstudie mit 35% Ersparnis."
        )
        a = analyse_outgoing(subject="AW: Fallstudie", body=body)
        assert a.is_bump and a.language == "de"
        assert "Fallstudie mit" not in a.new_text


@pytest.mark.parametrize(
    ("lang", "body", "is_bump"),
    [
        (
            "en",
            "Hey Max, did you get a chance to look at my last email? "
            "Let me know either way.\n\nCheers,\nLea",
            True,
        ),
        (
            "en",
            "Max, I'll stop reaching out after this one. If things change, "
            "you know where to find me.\n\nLea",
            True,
        ),
        (
            "de",
            "Hallo Herr Berg,\n\nich wollte noch einmal nachhaken, ob Sie meine "
            "Nachricht von letzter Woche gesehen haben. Ist das Thema noch "
            "relevant?\n\nViele Grüße\nLea",
            True,
        ),
        (
            "fr",
            "Bonjour Claire,\n\nje me permets de revenir vers vous concernant mon "
            "précédent message. Avez-vous eu l'occasion d'y jeter un œil ?\n\n"
            "Cordialement,\nLéa",
            True,
        ),
        (
            "es",
            "Hola Marta,\n\nte escribí la semana pasada y no he tenido respuesta. "
            "¿Sigues interesada?\n\nSaludos,\nLea",
            True,
        ),
        (
            "pt",
            "Olá João,\n\nsó passando para saber se você viu minha mensagem anterior. "
            "Ainda faz sentido conversarmos?\n\nAbraço,\nLea",
            True,
        ),
        (
            "nl",
            "Hoi Daan,\n\nik wilde even checken of je mijn vorige mail hebt gezien. "
            "Is dit nog steeds relevant?\n\nGroet,\nLea",
            True,
        ),
        (
            "it",
            "Ciao Luca,\n\nti riscrivo perché non ho ricevuto risposta al mio "
            "ultimo messaggio. È ancora una priorità?\n\nA presto,\nLea",
            True,
        ),
        (
            "de",
            "Hallo Herr Berg,\n\nanbei die Fallstudie: Ein Logistiker hat die "
            "Bearbeitungszeit mit unserer Schnittstelle zu SAP von 6 auf 2 Tage "
            "gesenkt.\n\nViele Grüße\nLea",
            False,
        ),
        (
            "fr",
            "Bonjour Claire,\n\nsuite à notre réunion d'aujourd'hui, voici le "
            "récapitulatif et les prochaines étapes : validation du devis d'ici "
            "vendredi, puis atelier sécurité.\n\nCordialement,\nLéa",
            False,
        ),
        (
            "es",
            "Hola Marta,\n\nte comparto el informe que preparé: un cliente del "
            "sector redujo un 30% sus costes logísticos.\n\nSaludos,\nLea",
            False,
        ),
        (
            "pt",
            "Olá João,\n\nsegue o estudo de caso: a empresa reduziu 25% do tempo "
            "de atendimento em 3 meses.\n\nAbraço,\nLea",
            False,
        ),
    ],
    ids=[
        "en nudge",
        "en breakup",
        "de nudge",
        "fr relance",
        "es nudge",
        "pt nudge",
        "nl nudge",
        "it nudge",
        "de case study",
        "fr recap",
        "es report",
        "pt case study",
    ],
)
def test_languages(lang: str, body: str, is_bump: bool) -> None:
    detected = analyse_outgoing(subject="", body=body)
    assert detected.language == lang
    assert detected.is_bump is is_bump
    _assert_spans_index_text(detected)


class TestSpans:
    def test_html_body_spans_point_into_derived_text(self) -> None:
        html = (
            "<html><body><p>Hi Zoë,</p><p>Just <b>checking in</b> — any "
            "thoughts on the proposal? Book a slot: "
            "<a href='https://calendly.com/tom/30min'>https://calendly.com/tom/30min"
            "</a></p><p>Best,<br>Tom</p></body></html>"
        )
        a = analyse_outgoing(subject="Re: Angebot für Zoë", body="", body_html=html)
        assert "checking in" in a.text and "<b>" not in a.text
        assert a.is_bump and "check_in" in a.intents
        assert a.scheduling_links == ("https://calendly.com/tom/30min",)
        assert "scheduling_push" in a.intents and a.new_links == ()
        _assert_spans_index_text(a)
        assert any("checking in" in s.text.lower() for s in a.spans)

    def test_non_ascii_offsets(self) -> None:
        body = (
            "Olá Sônia 😀,\n\nconseguiu analisar a proposta? Não tive retorno.\n\n"
            "Abs,\nLia"
        )
        a = analyse_outgoing(subject="Proposta — preço", body=body, language="pt")
        assert a.is_bump
        _assert_spans_index_text(a)
        assert any(s.field == "subject" for s in a.spans)

    def test_greeting_signoff_and_caller_language(self) -> None:
        body = (
            "Hi Sam,\n\nAny update on this?\n\nKind regards,\nAna\nVP Sales\n"
            "+1 555 0100"
        )
        a = analyse_outgoing(subject="", body=body, language="en-GB")
        assert a.language == "en"
        assert a.greeting == "Hi Sam," and a.signoff == "Kind regards,"
        assert "VP Sales" not in a.new_text


class TestLinks:
    @pytest.mark.parametrize(
        "url",
        [
            "https://calendly.com/ana/intro",
            "https://meetings.hubspot.com/ana",
            "https://outlook.office365.com/owa/calendar/Sales@x.com/bookings/",
            "https://ana.chilipiper.com/book/me",
            "https://savvycal.com/ana/chat",
            "https://calendar.app.google/AbCd123",
            "https://zcal.co/ana/30",
            "https://tidycal.com/ana/15",
            "https://ana.as.me/demo",
        ],
    )
    def test_booking_pages_are_scheduling_links(self, url: str) -> None:
        a = analyse_outgoing(subject="", body=f"Hi,\n\npick a time here: {url}\n\nAna")
        assert a.scheduling_links == (url,)
        assert "scheduling_push" in a.intents

    def test_sent_links_are_not_new(self) -> None:
        body = "Hi,\n\nsee https://x.io/guide and https://x.io/new-report.\n\nAna"
        a = analyse_outgoing(
            subject="", body=body, sent_links=frozenset({"http://www.x.io/guide/"})
        )
        assert a.links == ("https://x.io/guide", "https://x.io/new-report")
        assert a.new_links == ("https://x.io/new-report",)
