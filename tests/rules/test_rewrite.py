"""compose_rewrite: value follow-ups, booking through the contact's link, softened
asks, and None when nothing worth sending is left."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from models.domain import (
    Account,
    ContactContext,
    Evidence,
    Finding,
    InboundRecord,
    MessageAnalysis,
    Person,
    PlannedSend,
    Span,
    Suggestion,
    Verdict,
)
from rules.features.content import load_library, suggest
from rules.features.rewrite import compose_rewrite

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
SELLER_LINK = "https://calendly.com/sam-seller/30min"
CONTACT_LINK = "https://cal.example.com/ada/intro"


def analysis(
    text: str,
    *,
    language: str = "en",
    greeting: str | None = None,
    signoff: str | None = None,
    spans: dict[str, list[str]] | None = None,
    substantive: tuple[str, ...] = (),
    scheduling_links: tuple[str, ...] = (),
) -> MessageAnalysis:
    """A MessageAnalysis as the analyser would produce it, spans located in `text`."""
    found = [
        Span(label, text.index(quote), text.index(quote) + len(quote), quote)
        for label, quotes in (spans or {}).items()
        for quote in quotes
    ]
    return MessageAnalysis(
        language=language,
        text=text,
        greeting=greeting,
        signoff=signoff,
        spans=tuple(sorted(found, key=lambda s: s.start)),
        intents=frozenset(s.label for s in found),
        substantive_sentences=substantive,
        scheduling_links=scheduling_links,
        is_bump="bump" in (spans or {}),
    )


def context(**fields: object) -> ContactContext:
    contact = Person(
        id=7,
        email="ada@buyer.example",
        first_name="Ada",
        persona="technical_evaluator",
        stage="prospect_2",
    )
    return ContactContext(now=NOW, contact=contact, **fields)  # type: ignore[arg-type]


def send(body: str) -> PlannedSend:
    return PlannedSend(
        contact_id=7,
        sender_email="sam@seller.example",
        channel="email",
        planned_at=NOW,
        body=body,
    )


def finding(
    rule: str, *evidence: Evidence, verdict: Verdict = Verdict.REWRITE
) -> Finding:
    return Finding(rule=rule, verdict=verdict, message=rule, evidence=evidence)


def rewrite(
    message: MessageAnalysis,
    *findings: Finding,
    suggestions: tuple[Suggestion, ...] = (),
    ctx: ContactContext | None = None,
) -> str | None:
    return compose_rewrite(
        findings=findings,
        send=send(message.text),
        ctx=ctx or context(),
        analysis=message,
        suggestions=suggestions,
    )


def library_suggestions(language: str) -> tuple[Suggestion, ...]:
    return suggest(
        load_library(),
        contact=context().contact,
        language=language,
        exclude_urls=frozenset(),
    )


SUGGESTIONS = (
    Suggestion(
        "Integration guide",
        "https://content.example.com/integration-guide",
        "Integration guide — shows how the platform connects to SAP",
        "ig",
    ),
    Suggestion(
        "Security overview",
        "https://content.example.com/security-overview",
        "answers SOC 2 and DPA questions",
        "so",
    ),
    Suggestion(
        "ROI model",
        "https://content.example.com/roi-model",
        "ROI model — your numbers, not ours",
        "roi",
    ),
    Suggestion(
        "Pilot plan",
        "https://content.example.com/pilot-plan",
        "Pilot plan — success criteria first",
        "pp",
    ),
)


# --- a bump becomes a value follow-up, in every language ---------------------------


@dataclass(frozen=True)
class Bump:
    language: str
    greeting: str
    nudges: dict[str, list[str]]
    substantive: str
    signoff: str
    signature: str
    intro: str  # the template's fixed sentence that introduces the next steps

    @property
    def text(self) -> str:
        nudge = [q for quotes in self.nudges.values() for q in quotes]
        return (
            f"{self.greeting}\n\n{nudge[0]} {self.substantive}\n\n{nudge[1]}\n\n"
            f"{self.signoff}\n{self.signature}\n"
        )


BUMPS = [
    Bump(
        "en",
        "Hi Ada,",
        {
            "bump": ["Just bumping this to the top of your inbox."],
            "check_in": ["Any thoughts?"],
        },
        "Our connector reads purchase orders straight from SAP.",
        "Best regards,",
        "Sam Seller\nAccount Executive, Seller Inc.",
        "In the meantime, a few resources that may help with your next steps:",
    ),
    Bump(
        "de",
        "Hallo Frau Weber,",
        {
            "bump": [
                "ich wollte nur kurz nachhaken, ob Sie meine Nachricht gesehen haben."
            ],
            "meeting_request": ["Haben Sie diese Woche 15 Minuten Zeit?"],
        },
        "Unser Konnektor liest Bestellungen direkt aus SAP.",
        "Viele Grüße",
        "Sam Seller\nAccount Executive, Seller GmbH",
        "In der Zwischenzeit einige Unterlagen, die bei den nächsten Schritten",
    ),
    Bump(
        "fr",
        "Bonjour Madame Martin,",
        {
            "bump": ["Je me permets de relancer mon précédent message."],
            "check_in": ["Avez-vous eu le temps d'y jeter un œil ?"],
        },
        "Notre connecteur lit les commandes directement dans SAP.",
        "Cordialement,",
        "Sam Seller\nResponsable commercial, Seller SAS",
        "En attendant, quelques ressources qui peuvent vous être utiles",
    ),
    Bump(
        "es",
        "Hola Lucía,",
        {
            "bump": ["Solo quería hacer un seguimiento de mi último correo."],
            "check_in": ["¿Pudo echarle un vistazo?"],
        },
        "Nuestro conector lee los pedidos directamente de SAP.",
        "Un saludo,",
        "Sam Seller\nEjecutivo de cuentas, Seller S.L.",
        "Mientras tanto, algunos recursos que pueden ayudarle",
    ),
    Bump(
        "nl",
        "Beste Daan,",
        {
            "bump": ["Ik wilde even checken of je mijn vorige mail hebt gezien."],
            "meeting_request": ["Heb je deze week een kwartiertje?"],
        },
        "Onze connector leest inkooporders rechtstreeks uit SAP.",
        "Met vriendelijke groet,",
        "Sam Seller\nAccount Executive, Seller B.V.",
        "In de tussentijd enkele bronnen die kunnen helpen",
    ),
    Bump(
        "pt",
        "Olá João,",
        {
            "bump": ["Só queria dar seguimento ao meu último email."],
            "check_in": ["Já teve oportunidade de ver?"],
        },
        "O nosso conector lê as encomendas diretamente do SAP.",
        "Cumprimentos,",
        "Sam Seller\nGestor de contas, Seller Lda.",
        "Entretanto, alguns recursos que podem ajudar nos próximos passos:",
    ),
    Bump(
        "it",
        "Buongiorno Giulia,",
        {
            "bump": [
                "Volevo solo riportare in cima alla sua casella la mia ultima email."
            ],
            "check_in": ["Ha avuto modo di dare un'occhiata?"],
        },
        "Il nostro connettore legge gli ordini direttamente da SAP.",
        "Cordiali saluti,",
        "Sam Seller\nAccount Executive, Seller S.r.l.",
        "Nel frattempo, alcune risorse che possono aiutarla nei prossimi passi:",
    ),
]


@pytest.mark.parametrize("bump", BUMPS, ids=[b.language for b in BUMPS])
def test_bump_becomes_a_value_follow_up(bump: Bump) -> None:
    message = analysis(
        bump.text,
        language=bump.language,
        greeting=bump.greeting,
        signoff=bump.signoff,
        spans=bump.nudges,
        substantive=(bump.substantive,),
    )
    suggestions = library_suggestions(bump.language)
    result = rewrite(message, finding("bump.premature"), suggestions=suggestions)

    assert result is not None
    assert result.startswith(bump.greeting + "\n\n" + bump.substantive)
    assert result.rstrip().endswith(f"{bump.signoff}\n{bump.signature}")
    for quotes in bump.nudges.values():
        for nudge in quotes:
            assert nudge not in result
    assert bump.intro in result
    assert len(suggestions) == 3
    for item in suggestions:
        assert f"- {item.why}\n  {item.url}" in result
    translated = "" if bump.language == "en" else f"{bump.language}/"
    assert f"https://content.example.com/{translated}integration-guide" in result


def test_unknown_language_falls_back_to_english_templates() -> None:
    message = analysis(
        "Hej Ada,\n\nBara en påminnelse.\n\nHälsningar,\nSam",
        language="sv",
        greeting="Hej Ada,",
        signoff="Hälsningar,",
        spans={"bump": ["Bara en påminnelse."]},
    )
    result = rewrite(message, finding("bump.premature"), suggestions=SUGGESTIONS)
    assert result is not None
    assert "In the meantime, a few resources" in result
    assert "påminnelse" not in result


def test_at_most_three_next_steps_and_none_already_sent() -> None:
    bump = BUMPS[0]
    message = analysis(
        bump.text, greeting=bump.greeting, signoff=bump.signoff, spans=bump.nudges
    )
    ctx = context(sent_links=frozenset({SUGGESTIONS[0].url}))
    result = rewrite(
        message, finding("bump.premature"), suggestions=SUGGESTIONS, ctx=ctx
    )
    assert result is not None
    assert SUGGESTIONS[0].url not in result
    assert result.count("\n- ") == 3
    # A reason that does not start with the title gets the title in front of it.
    assert "- Security overview — answers SOC 2 and DPA questions" in result


def test_quoted_history_and_nudges_in_substantive_sentences_do_not_survive() -> None:
    text = (
        "Hi Ada,\n\nFollowing up on my note below. Our SAP connector is certified.\n\n"
        "Thanks,\nSam\n\nOn Tue, 17 Nov 2026 Sam Seller wrote:\n> Hi Ada, ...\n"
    )
    message = analysis(
        text,
        greeting="Hi Ada,",
        signoff="Thanks,",
        spans={"bump": ["Following up on my note below."]},
        # An analyser that split badly: the nudge inside a "substantive" sentence.
        substantive=("Following up on my note below. Our SAP connector is certified.",),
    )
    result = rewrite(message, finding("bump.premature"), suggestions=SUGGESTIONS[:1])
    assert result is not None
    assert "Following up" not in result
    assert "wrote:" not in result and "> Hi Ada" not in result
    assert result.rstrip().endswith("Thanks,\nSam")


# --- None when there is nothing worth sending --------------------------------------


def test_only_a_nudge_and_no_suggestions_gives_none() -> None:
    message = analysis(
        "Hi Ada,\n\nJust bumping this. Any update?\n\nBest,\nSam",
        greeting="Hi Ada,",
        signoff="Best,",
        spans={"bump": ["Just bumping this."], "check_in": ["Any update?"]},
    )
    assert rewrite(message, finding("bump.premature")) is None


def test_no_rewrite_finding_gives_none() -> None:
    message = analysis("Hi Ada,\n\nOur connector reads SAP orders.\n\nBest,\nSam")
    warn = finding("bump.premature", verdict=Verdict.WARN)
    assert rewrite(message, warn, suggestions=SUGGESTIONS) is None
    assert rewrite(message, finding("ooo.active"), suggestions=SUGGESTIONS) is None


USE_CASE_TEXT = (
    "Dear Ada,\n\nWe help manufacturers automate order entry.\n\nKind regards,\nSam"
)


def test_use_case_without_content_to_cite_gives_none() -> None:
    message = analysis(
        USE_CASE_TEXT,
        greeting="Dear Ada,",
        signoff="Kind regards,",
    )
    assert rewrite(message, finding("persona.use_case_missing")) is None


# --- booking through the contact's own link ----------------------------------------

BOOKING_TEXT = (
    "Hi Ada,\n\nThanks for getting back to me. The integration guide covers SAP.\n"
    f"Book a time on my calendar: {SELLER_LINK}\n\n"
    f"Best,\nSam Seller\nBook a meeting: {SELLER_LINK}\n"
)


def booking_analysis() -> MessageAnalysis:
    return analysis(
        BOOKING_TEXT,
        greeting="Hi Ada,",
        signoff="Best,",
        spans={"scheduling_push": ["Book a time on my calendar"]},
        scheduling_links=(SELLER_LINK,),
    )


def test_scheduling_link_books_through_the_contacts_link() -> None:
    reply = Evidence(source="inbound", id="31", text=f"Grab a slot: {CONTACT_LINK}.")
    result = rewrite(booking_analysis(), finding("replies.scheduling_link", reply))
    assert result == (
        "Hi Ada,\n\nThanks for getting back to me. "
        "The integration guide covers SAP.\n\n"
        f"I'll book a time through your link: {CONTACT_LINK}\n\nBest,\nSam Seller\n"
    )


def test_scheduling_link_found_from_the_inbound_record() -> None:
    reply = Evidence(source="inbound", id="31", text="Happy to talk, see my link below")
    inbound = InboundRecord(
        id=31, contact_id=7, kind="human", received_at=NOW, scheduling_link=CONTACT_LINK
    )
    ctx = context(inbound=(inbound,))
    result = rewrite(
        booking_analysis(), finding("replies.scheduling_link", reply), ctx=ctx
    )
    assert result is not None
    assert f"I'll book a time through your link: {CONTACT_LINK}" in result
    assert SELLER_LINK not in result


def test_scheduling_link_in_german() -> None:
    text = (
        "Hallo Frau Weber,\n\nvielen Dank für Ihre Antwort. "
        f"Buchen Sie gern einen Termin in meinem Kalender: {SELLER_LINK}\n\n"
        "Viele Grüße\nSam Seller\n"
    )
    message = analysis(
        text,
        language="de",
        greeting="Hallo Frau Weber,",
        signoff="Viele Grüße",
        spans={"scheduling_push": ["Buchen Sie gern einen Termin in meinem Kalender"]},
        scheduling_links=(SELLER_LINK,),
    )
    reply = Evidence(source="inbound", text=f"Termine bitte über {CONTACT_LINK}")
    result = rewrite(message, finding("replies.scheduling_link", reply))
    assert result is not None
    assert f"Ich buche einen Termin über Ihren Link: {CONTACT_LINK}" in result
    assert "vielen Dank für Ihre Antwort." in result and SELLER_LINK not in result


# --- softening a premature ask, and the use-case placeholder -----------------------

ASK_TEXT = (
    "Hi Ada,\n\nOur connector reads purchase orders straight from SAP. "
    "I can send you our pricing and a contract today.\n\nBest,\nSam\n"
)
PRICING = "I can send you our pricing and a contract today."


def ask_analysis() -> MessageAnalysis:
    return analysis(
        ASK_TEXT,
        greeting="Hi Ada,",
        signoff="Best,",
        spans={"pricing": ["our pricing"], "contract": ["a contract"]},
    )


def test_premature_ask_is_dropped_and_next_steps_offered() -> None:
    evidence = Evidence(
        source="message",
        text="our pricing",
        field="body",
        start=ASK_TEXT.index("our pricing"),
        end=ASK_TEXT.index("our pricing") + len("our pricing"),
    )
    result = rewrite(
        ask_analysis(),
        finding("stage.premature_ask", evidence),
        suggestions=SUGGESTIONS[:2],
    )
    assert result is not None
    assert PRICING not in result
    assert "Our connector reads purchase orders straight from SAP." in result
    assert "There is no need to decide anything yet." in result
    assert SUGGESTIONS[1].url in result


def test_a_warning_of_the_same_rule_drops_nothing() -> None:
    warn = finding(
        "stage.premature_ask",
        Evidence(source="message", text="a contract"),
        verdict=Verdict.WARN,
    )
    ask = finding("stage.premature_ask", Evidence(source="message", text="our pricing"))
    result = rewrite(ask_analysis(), warn, suggestions=SUGGESTIONS[:1])
    assert result is None  # no rewrite asked for
    result = rewrite(ask_analysis(), ask, warn, suggestions=SUGGESTIONS[:1])
    assert result is not None and PRICING not in result


def test_use_case_placeholder_cites_content_and_invents_nothing() -> None:
    message = analysis(
        USE_CASE_TEXT,
        greeting="Dear Ada,",
        signoff="Kind regards,",
    )
    ctx = context(account=Account(id=3, name="Acme Tools"))
    result = rewrite(
        message,
        finding("persona.use_case_missing"),
        suggestions=SUGGESTIONS[2:3],
        ctx=ctx,
    )
    assert result == (
        "Dear Ada,\n\nWe help manufacturers automate order entry.\n\n"
        "[Use case for Acme Tools: describe in one sentence the problem this would "
        "solve and the result to expect; “ROI model” below has examples.]\n\n"
        "A few resources that may be useful:\n"
        f"- ROI model — your numbers, not ours\n  {SUGGESTIONS[2].url}\n\n"
        "Kind regards,\nSam\n"
    )


def test_rewrites_compose() -> None:
    text = (
        "Hi Ada,\n\nJust circling back. Our connector reads SAP orders. "
        f"Pick a slot here: {SELLER_LINK}\n\nBest,\nSam\n"
    )
    message = analysis(
        text,
        greeting="Hi Ada,",
        signoff="Best,",
        spans={
            "bump": ["Just circling back."],
            "scheduling_push": ["Pick a slot here"],
        },
        substantive=("Our connector reads SAP orders.",),
        scheduling_links=(SELLER_LINK,),
    )
    result = rewrite(
        message,
        finding("bump.premature"),
        finding("replies.scheduling_link", Evidence("inbound", CONTACT_LINK)),
        suggestions=SUGGESTIONS[:2],
    )
    assert result is not None
    assert "circling" not in result and SELLER_LINK not in result
    assert "Our connector reads SAP orders." in result
    assert f"I'll book a time through your link: {CONTACT_LINK}" in result
    assert SUGGESTIONS[0].url in result and SUGGESTIONS[1].url in result


# --- with the real analyser --------------------------------------------------------

REAL_BUMP = """Hi Ada,

Just following up on my last email. Did you get a chance to look?

Best,
Sam Seller
Account Executive, Seller Inc.

On Tue, 17 Nov 2026 Sam Seller <sam@seller.example> wrote:
> Hi Ada, our connector reads purchase orders straight from SAP.
"""


def test_a_really_analysed_bump_is_rewritten() -> None:
    # Imported here: the rules never import guard, and only this test needs it.
    from guard.analysis.outgoing.analyse import analyse_outgoing

    message = analyse_outgoing(subject="Re: SAP order entry", body=REAL_BUMP)
    assert message.is_bump
    suggestions = library_suggestions(message.language)
    result = rewrite(message, finding("bump.premature"), suggestions=suggestions)

    assert result is not None
    assert result.startswith("Hi Ada,\n\n")
    assert result.rstrip().endswith("Best,\nSam Seller\nAccount Executive, Seller Inc.")
    for span in message.spans_for("bump", "check_in", "breakup", "meeting_request"):
        assert span.text not in result
    assert "wrote:" not in result
    assert all(item.url in result for item in suggestions)
    assert rewrite(message, finding("bump.premature")) is None
