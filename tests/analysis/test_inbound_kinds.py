"""What kind of message a reply is: ooo, auto_ack, bounce, gone or human."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from guard.analysis.inbound.analyse import parse_inbound

SENT = datetime(2025, 11, 19, 9, 30, tzinfo=UTC)
DSN = {"Content-Type": 'multipart/report; report-type=delivery-status; boundary="x"'}

# (id, headers, subject, body, kind)
KINDS = [
    (
        "en exchange ooo",
        {"X-Auto-Response-Suppress": "All"},
        "Automatic reply: Pricing",
        "I am out of the office until Monday.",
        "ooo",
    ),
    (
        "apple vacation header only",
        {"X-Apple-Action": "VACATION"},
        "Auto reply: hi",
        "Gone fishing.",
        "ooo",
    ),
    (
        "gmail vacation lv",
        {"Precedence": "bulk", "X-Autoreply": "yes"},
        "Atvaļinājums Re: hi",
        "Esmu atvaļinājumā",
        "ooo",
    ),
    (
        "de subject only",
        {},
        "Abwesenheitsnotiz: Angebot",
        "Ich bin derzeit nicht im Büro und ab 1.12. wieder erreichbar.",
        "ooo",
    ),
    (
        "fr subject",
        {},
        "Réponse automatique : Devis",
        "Je suis actuellement absent du bureau.",
        "ooo",
    ),
    (
        "es body template",
        {},
        "Re: propuesta",
        "Gracias por su mensaje. Estoy de vacaciones hasta el 1 de diciembre.",
        "ooo",
    ),
    (
        "nl body template",
        {},
        "",
        "Bedankt voor uw bericht. Ik ben afwezig tot en met 30 november.",
        "ooo",
    ),
    (
        "it subject",
        {},
        "Risposta automatica: offerta",
        "Sono fuori ufficio fino al 25/11.",
        "ooo",
    ),
    (
        "sv autosvar",
        {},
        "Autosvar: Offert",
        "Jag är på semester till och med 30 november.",
        "ooo",
    ),
    ("ru автоответ", {}, "Автоответ: Предложение", "Я в отпуске до 1 декабря.", "ooo"),
    ("zh 自动回复", {}, "自动回复：报价", "您好，我正在休假中，12月1日返回。", "ooo"),
    (
        "pl body",
        {"Auto-Submitted": "auto-replied"},
        "Re: oferta",
        "Jestem na urlopie do 1 grudnia.",
        "ooo",
    ),
    (
        "hard bounce dsn",
        DSN,
        "Undeliverable: Pricing",
        "Delivery has failed to these recipients.\n550 5.1.1 User unknown",
        "bounce",
    ),
    (
        "de bounce",
        {"From": "MAILER-DAEMON@example.de"},
        "Unzustellbar: Angebot",
        "Ihre Nachricht konnte nicht zugestellt werden.",
        "bounce",
    ),
    (
        "soft delay",
        {"From": "Mail Delivery Subsystem <mailer-daemon@example.com>"},
        "Delivery Status Notification (Delay)",
        "Delivery to the following recipient has been delayed.",
        "bounce",
    ),
    (
        "left company",
        {"Auto-Submitted": "auto-replied"},
        "Automatic reply: hi",
        "Jane is no longer with Acme. Please contact sales@acme.com.",
        "gone",
    ),
    (
        "left the project, not the company (a person writes)",
        {},
        "Re: ERP",
        "I am no longer working on the ERP project, but Maria can help.",
        "human",
    ),
    (
        "no longer with the old vendor (a buyer asks for a quote)",
        {},
        "Re: intro",
        "We are no longer with our old vendor. Can you send a quote?",
        "human",
    ),
    (
        "left the company, said by a person",
        {},
        "Re: intro",
        "Thanks for reaching out. I have left Acme; please write to info@acme.com.",
        "gone",
    ),
    (
        "mailbox retired",
        {},
        "",
        "This mailbox is no longer monitored. Please write to info@example.com.",
        "gone",
    ),
    (
        "fr gone",
        {},
        "",
        "Marie ne fait plus partie de la société depuis le 1er octobre.",
        "gone",
    ),
    (
        "ticket ack",
        {"Auto-Submitted": "auto-replied"},
        "[Ticket #4711] Received",
        "We have received your request and will get back to you within 24 hours.",
        "auto_ack",
    ),
    (
        "read receipt",
        {"Content-Type": "multipart/report; report-type=disposition-notification"},
        "Read: Pricing",
        "Your message was read.",
        "auto_ack",
    ),
    (
        "calendar invite",
        {"Content-Type": "text/calendar; method=REQUEST"},
        "Invitation: Demo",
        "You have been invited to the following event.",
        "auto_ack",
    ),
    ("zh ack", {}, "", "你的邮件已经收到，我会尽快回复。", "auto_ack"),
    (
        "human mentions vacation",
        {},
        "Re: demo",
        "Thanks Sam, sounds good. I'm on vacation next week though, can we talk on "
        "the 3rd?",
        "human",
    ),
    (
        "human list heads-up",
        {"Precedence": "list"},
        "I'm off for two weeks",
        "Just FYI I will be on vacation for the next two weeks.",
        "human",
    ),
    ("human asks if away", {}, "", "Are you still out of office?", "human"),
    (
        "human back",
        {},
        "Re: update",
        "I'm back now and going through my inbox.",
        "human",
    ),
    (
        "human third person",
        {},
        "",
        "Stacey is back from maternity leave on the 22nd.",
        "human",
    ),
    (
        "human announcement subject",
        {},
        "Out of Office Notice",
        "Hi everyone,\nI wanted to let you know that I will be out of office in "
        "December.",
        "human",
    ),
]


@pytest.mark.parametrize(
    ("headers", "subject", "body", "kind"),
    [c[1:] for c in KINDS],
    ids=[c[0] for c in KINDS],
)
def test_kind(headers: dict[str, str], subject: str, body: str, kind: str) -> None:
    result = parse_inbound(headers=headers, subject=subject, body=body, sent_at=SENT)

    assert result.kind == kind


@pytest.mark.parametrize(
    ("subject", "body", "bounce_type"),
    [
        (
            "Undeliverable: hi",
            "Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'",
            "hard",
        ),
        (
            "Warning: message delayed 24 hours",
            "This message has not yet been delivered. Delivery attempts will continue.",
            "soft",
        ),
        (
            "Undelivered Mail Returned to Sender",
            "said: 452 4.2.2 Mailbox full (in reply to RCPT TO)",
            "soft",
        ),
    ],
    ids=["permanent status", "delay warning", "temporary status only"],
)
def test_bounce_type(subject: str, body: str, bounce_type: str) -> None:
    result = parse_inbound(headers=DSN, subject=subject, body=body, sent_at=SENT)

    assert (result.kind, result.bounce_type) == ("bounce", bounce_type)


def test_evidence_for_the_kind() -> None:
    body = "Thank you for your email. I am on parental leave until 1 December."
    result = parse_inbound(headers={}, subject="", body=body, sent_at=SENT)

    phrase = next(s for s in result.spans if s.label == "ooo_phrase")
    assert phrase.text == "I am on parental leave"
    assert body[phrase.start : phrase.end] == phrase.text


def test_language_is_detected_or_taken_from_caller() -> None:
    body = "Vielen Dank für Ihre Nachricht. Ich bin bis zum 1. Dezember im Urlaub."

    assert (
        parse_inbound(headers={}, subject="", body=body, sent_at=SENT).language == "de"
    )
    assert (
        parse_inbound(
            headers={}, subject="", body=body, sent_at=SENT, language="nl"
        ).language
        == "nl"
    )
