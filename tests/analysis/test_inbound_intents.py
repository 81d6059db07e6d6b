"""Human replies: intents, their evidence, the contact's own booking link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from guard.analysis.inbound.analyse import parse_inbound

SENT = datetime(2025, 11, 19, 9, 30, tzinfo=UTC)

# (id, body, intents)
INTENTS = [
    (
        "en not interested",
        "Thanks, but we're not interested at this time.",
        {"negative"},
    ),
    ("en unsubscribe", "Please remove me from your list.", {"unsubscribe"}),
    (
        "en referral",
        "I'm not the right person. Please talk to Maria Lopez (maria@acme.com), she "
        "handles procurement.",
        {"referral"},
    ),
    ("en positive", "Sounds interesting, let's talk next week.", {"positive"}),
    (
        "en own booking link",
        "Happy to chat. Grab a slot here: https://calendly.com/ada-acme/30min.",
        {"positive", "scheduling_link"},
    ),
    ("de kein Interesse", "Danke, aber wir haben kein Interesse.", {"negative"}),
    (
        "de abmelden",
        "Bitte tragen Sie mich aus Ihrem Verteiler aus, ich möchte mich abmelden.",
        {"unsubscribe"},
    ),
    ("fr pas intéressé", "Merci, mais nous ne sommes pas intéressés.", {"negative"}),
    ("es baja", "Por favor, quiero darme de baja de esta lista.", {"unsubscribe"}),
    ("nl geen interesse", "Bedankt, maar wij hebben geen interesse.", {"negative"}),
    ("negated positive", "I am not interested.", {"negative"}),
]


@pytest.mark.parametrize(
    ("body", "intents"), [c[1:] for c in INTENTS], ids=[c[0] for c in INTENTS]
)
def test_intents(body: str, intents: set[str]) -> None:
    result = parse_inbound(headers={}, subject="Re: hello", body=body, sent_at=SENT)

    assert result.kind == "human"
    assert result.intents == intents
    for span in result.spans:
        assert body[span.start : span.end] == span.text


def test_scheduling_link_is_theirs_not_the_quoted_one() -> None:
    body = (
        "Book here instead: https://meetings.hubspot.com/ada-lovelace\n\n"
        "On Tue, 18 Nov 2025 at 10:00, Sam <sam@seller.com> wrote:\n"
        "> Pick a time: https://calendly.com/sam-seller/intro"
    )
    result = parse_inbound(headers={}, subject="Re: intro", body=body, sent_at=SENT)

    assert result.scheduling_link == "https://meetings.hubspot.com/ada-lovelace"


def test_only_quoted_booking_link_is_not_an_offer() -> None:
    body = "Not now, thanks.\n\nOn Tue, 18 Nov 2025, Sam wrote:\n> https://calendly.com/sam/intro"
    result = parse_inbound(headers={}, subject="Re: intro", body=body, sent_at=SENT)

    assert result.scheduling_link is None
    assert "scheduling_link" not in result.intents


def test_referral_names_the_contact() -> None:
    body = "Please talk to Maria Lopez (maria@acme.com), she handles this."
    result = parse_inbound(headers={}, subject="Re: hello", body=body, sent_at=SENT)

    assert [(c.name, c.email) for c in result.alternate_contacts] == [
        ("Maria Lopez", "maria@acme.com")
    ]
