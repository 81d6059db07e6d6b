"""Return dates from out-of-office replies, per convention of corpora/README.md."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from guard.analysis.inbound.analyse import parse_inbound

AUTO = {"Auto-Submitted": "auto-replied"}
# Wed 2025-11-19: the send date every case below is anchored on unless it says so.
SENT = datetime(2025, 11, 19, 9, 30, tzinfo=UTC)

# (id, body, country, returns_on, last_day_away)
CONVENTIONS = [
    (
        "explicit return en",
        "I am out of the office and will be back on 24 November.",
        None,
        date(2025, 11, 24),
        None,
    ),
    (
        "explicit return wins over range",
        "I am away 20-21 November. I will return to the office on Monday, 1 December "
        "2025.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "until means back on",
        "I am on annual leave until November 27th with no access to email.",
        None,
        date(2025, 11, 27),
        None,
    ),
    (
        "through is inclusive",
        "I am out of the office through Friday, November 28.",
        None,
        date(2025, 11, 29),
        date(2025, 11, 28),
    ),
    (
        "range dash",
        "I'm travelling November 20–25 with limited access to email.",
        None,
        date(2025, 11, 26),
        date(2025, 11, 25),
    ),
    (
        "from to range",
        "I am out of the office from 20 November to 2 December.",
        None,
        date(2025, 12, 3),
        date(2025, 12, 2),
    ),
    (
        "weekday after send date",
        "I am out of office and will be back on Wednesday.",
        None,
        date(2025, 11, 26),
        None,
    ),
    (
        "next monday",
        "Thank you for your email. I am on leave and back next Monday.",
        None,
        date(2025, 11, 24),
        None,
    ),
    (
        "end of next week inclusive",
        "I am out of the office until the end of next week.",
        None,
        date(2025, 11, 29),
        date(2025, 11, 28),
    ),
    (
        "tomorrow",
        "I am out of the office today and will be back tomorrow.",
        None,
        date(2025, 11, 20),
        None,
    ),
    (
        "year rolls over",
        "I am on holiday until 5 January.",
        None,
        date(2026, 1, 5),
        None,
    ),
    (
        "number above 12 settles MD",
        "I am out of the office starting 11/18/2025 and will not return until "
        "12/01/2025.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "number above 12 settles DM",
        "I will be out of the office starting 18/11/2025 and will not return until "
        "01/12/2025.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "country settles MD",
        "I am out of the office until 12/01.",
        "US",
        date(2025, 12, 1),
        None,
    ),
    (
        "country settles DM",
        "I am out of the office until 01/12.",
        "GB",
        date(2025, 12, 1),
        None,
    ),
    (
        "de wieder im Büro",
        "Vielen Dank für Ihre Nachricht. Ich bin ab dem 1. Dezember wieder im Büro.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "de bis einschließlich",
        "Ich bin bis einschließlich 28.11.2025 im Urlaub.",
        None,
        date(2025, 11, 29),
        date(2025, 11, 28),
    ),
    (
        "de vom bis range",
        "Ich bin vom 17.11. bis 26.11. nicht im Büro.",
        None,
        date(2025, 11, 27),
        date(2025, 11, 26),
    ),
    (
        "de bis alone",
        "Ich bin bis zum 24. November nicht im Haus.",
        None,
        date(2025, 11, 24),
        None,
    ),
    (
        "fr de retour le",
        "Merci pour votre message. Je suis absente et serai de retour le 2 décembre.",
        None,
        date(2025, 12, 2),
        None,
    ),
    (
        "fr inclus",
        "Je suis en congés jusqu'au 28 novembre inclus.",
        None,
        date(2025, 11, 29),
        date(2025, 11, 28),
    ),
    (
        "es hasta",
        "Gracias por su mensaje. Estoy fuera de la oficina hasta el 3 de diciembre.",
        None,
        date(2025, 12, 3),
        None,
    ),
    (
        "nl tot en met",
        "Ik ben met vakantie tot en met 30 november.",
        None,
        date(2025, 12, 1),
        date(2025, 11, 30),
    ),
    (
        "it fino al",
        "Sono in ferie fino al 25 novembre.",
        None,
        date(2025, 11, 25),
        None,
    ),
    (
        "pt regresso",
        "Obrigado pela sua mensagem. Estou de férias e regressarei a 1 de dezembro.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "sv tillbaka",
        "Jag är på semester och är tillbaka den 1 december.",
        None,
        date(2025, 12, 1),
        None,
    ),
    (
        "da til og med",
        "Jeg er på ferie til og med 30. november.",
        None,
        date(2025, 12, 1),
        date(2025, 11, 30),
    ),
    ("ru вернусь", "Я в отпуске, вернусь 1 декабря.", None, date(2025, 12, 1), None),
    ("zh 返回", "我正在休假中，将于12月1日返回。", None, date(2025, 12, 1), None),
    (
        "ja 戻り",
        "ただいま休暇中です。12月1日に戻ります。",
        None,
        date(2025, 12, 1),
        None,
    ),
    ("pl wrócę", "Jestem na urlopie. Wrócę 1 grudnia.", None, date(2025, 12, 1), None),
]


@pytest.mark.parametrize(
    ("body", "country", "returns_on", "last_day_away"),
    [case[1:] for case in CONVENTIONS],
    ids=[case[0] for case in CONVENTIONS],
)
def test_return_date_conventions(
    body: str, country: str | None, returns_on: date, last_day_away: date | None
) -> None:
    result = parse_inbound(
        headers=AUTO,
        subject="Automatic reply",
        body=body,
        sent_at=SENT,
        country=country,
    )

    assert result.kind == "ooo"
    assert (result.returns_on, result.last_day_away) == (returns_on, last_day_away)
    assert result.date_found


# (id, body, sent_at): text dates that must never become the return date
NOT_RETURN_DATES = [
    ("past date", "I am out of the office until 3 March 2024.", SENT),
    ("beyond the horizon", "I am out of the office until 30 June 2026.", SENT),
    (
        "footer date",
        "I am out of the office.\n\nSent on 25.11.2025 from my phone.",
        SENT,
    ),
    (
        "phone number",
        "I am on vacation. Urgent: call +49 30 12.11.2025 or 030-1234-5678.",
        SENT,
    ),
    (
        "disclaimer",
        "I am out of the office.\n\nThis message is confidential. Registered office "
        "12/12/2025.",
        SENT,
    ),
    ("ambiguous numeric", "I am out of the office until 04/05.", datetime(2025, 3, 1)),
]


@pytest.mark.parametrize(
    ("body", "sent_at"),
    [c[1:] for c in NOT_RETURN_DATES],
    ids=[c[0] for c in NOT_RETURN_DATES],
)
def test_no_return_date_falls_back_to_default(body: str, sent_at: datetime) -> None:
    result = parse_inbound(
        headers=AUTO, subject="", body=body, sent_at=sent_at, default_absence_days=10
    )

    assert result.kind == "ooo"
    assert not result.date_found
    assert result.returns_on == sent_at.date() + timedelta(days=10)
    assert result.confidence < 0.7


def test_no_send_date_and_no_year_gives_no_return_date() -> None:
    result = parse_inbound(
        headers=AUTO,
        subject="",
        body="I am out of the office until 24 November.",
        sent_at=None,
    )

    assert (result.kind, result.returns_on, result.date_found) == ("ooo", None, False)


def test_stated_year_resolves_without_send_date() -> None:
    result = parse_inbound(
        headers=AUTO,
        subject="",
        body="I am out of the office until 24 November 2025.",
        sent_at=None,
    )

    assert result.returns_on == date(2025, 11, 24)


def test_starts_on_when_stated() -> None:
    result = parse_inbound(
        headers=AUTO,
        subject="",
        body="I am out of the office from 20 November until 2 December.",
        sent_at=SENT,
    )

    assert (result.starts_on, result.last_day_away, result.returns_on) == (
        date(2025, 11, 20),
        date(2025, 12, 2),
        date(2025, 12, 3),
    )


def test_return_date_only_in_subject() -> None:
    result = parse_inbound(
        headers=AUTO,
        subject="Away until November 24",
        body="I'm only sleeping.",
        sent_at=SENT,
    )

    span = next(s for s in result.spans if s.label == "return_date")
    assert result.returns_on == date(2025, 11, 24)
    assert (span.field, "Away until November 24"[span.start : span.end]) == (
        "subject",
        span.text,
    )


ALTERNATES = [
    (
        "en name and address",
        "I am out of the office until 24 November. Please contact Jane Doe "
        "(jane.doe@example.com) for urgent matters.",
        [("Jane Doe", "jane.doe@example.com")],
    ),
    (
        "en colleague",
        "I am on leave. For anything urgent contact my colleague Ravi Patel.",
        [("Ravi Patel", None)],
    ),
    (
        "de wenden Sie sich an",
        "Ich bin nicht im Büro. In dringenden Fällen wenden Sie sich bitte an Frau "
        "Anna Schmidt (anna.schmidt@example.de).",
        [("Anna Schmidt", "anna.schmidt@example.de")],
    ),
    (
        "fr contactez",
        "Je suis absent. En cas d'urgence, contactez support@example.fr.",
        [(None, "support@example.fr")],
    ),
    (
        "address only",
        "I am out of the office. Please email helpdesk@example.com instead.",
        [(None, "helpdesk@example.com")],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in ALTERNATES], ids=[c[0] for c in ALTERNATES]
)
def test_alternate_contacts(
    body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    result = parse_inbound(headers=AUTO, subject="", body=body, sent_at=SENT)

    assert [(c.name, c.email) for c in result.alternate_contacts] == expected
    for span in result.spans:
        assert body[span.start : span.end] == span.text or span.field == "subject"


def test_spans_point_into_the_body() -> None:
    body = (
        "Thank you for your email.\nI am out of the office until Monday 24 "
        "November.\nPlease contact Jane Doe."
    )
    result = parse_inbound(headers={}, subject="Out of office", body=body, sent_at=SENT)

    labels = {s.label for s in result.spans}
    assert {"ooo_phrase", "return_date", "alternate_contact"} <= labels
    for span in result.spans:
        source = body if span.field == "body" else "Out of office"
        assert source[span.start : span.end] == span.text


def test_html_body_is_read_as_text() -> None:
    body = (
        "<html><body><p>I am out of the office until <b>24 "
        "November</b>.</p></body></html>"
    )
    result = parse_inbound(headers=AUTO, subject="", body=body, sent_at=SENT)

    assert (result.kind, result.returns_on) == ("ooo", date(2025, 11, 24))
