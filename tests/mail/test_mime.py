"""parse_mime on realistic replies: auto-replies, encodings, HTML-only, bounces."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from guard.mail.mime import MimeError, MimeTooLarge, parse_mime

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class TestParseMime:
    def test_exchange_auto_reply(self) -> None:
        msg = parse_mime(load("exchange_oof.eml"), mailbox="sam@seller.example")
        assert msg.message_id == "<0f1e2d3c4b5a@EX01.buyer.example>"
        assert msg.subject == "Automatic reply: Integration options for Q1"
        assert msg.sender == "ada.lovelace@buyer.example"
        assert msg.to == ("sam@seller.example",)
        assert msg.sent_at == datetime(2026, 11, 20, 8, 14, 3, tzinfo=UTC)
        assert msg.header("auto-submitted") == "auto-generated"
        assert msg.headers["X-Auto-Response-Suppress"] == "All"
        assert (
            msg.headers["X-MS-Exchange-Inbox-Rules-Loop"]
            == "ada.lovelace@buyer.example"
        )
        assert msg.in_reply_to == "<seq-42-step-1@seller.example>"
        assert msg.references == (
            "<seq-42-step-0@seller.example>",
            "<seq-42-step-1@seller.example>",
        )
        assert msg.body.startswith("Thank you for your message. I am out of the office")
        assert not msg.body_is_html and msg.mailbox == "sam@seller.example"

    def test_first_header_value_wins_and_case_is_kept(self) -> None:
        msg = parse_mime(load("exchange_oof.eml"))
        assert msg.headers["Received"].startswith("from EX01.buyer.example")
        assert "Message-ID" in msg.headers and "message-id" not in msg.headers

    def test_german_encoded_words_and_latin1_body(self) -> None:
        # header whitespace (the encoded no-break space too) is folded to one space
        msg = parse_mime(load("german_umlaut.eml"))
        assert (
            msg.subject
            == "Abwesenheitsnotiz: Grüße aus dem Urlaub – zurück am 1. Dezember"
        )
        assert msg.headers["From"] == "Jürgen Müller <JM@Kunde.example>"
        assert msg.headers["To"] == "Sören Verkäufer <soeren@seller.example>"
        assert msg.body == (
            "Vielen Dank für Ihre Nachricht. "
            "Ich bin bis einschließlich 30.11. im Urlaub."
        )
        assert (
            msg.header("x-autoreply") == "yes"
            and msg.header("precedence") == "auto_reply"
        )
        assert msg.sent_at is not None
        assert msg.sent_at.utcoffset() == timedelta(hours=1)

    def test_html_only_body_becomes_text(self) -> None:
        msg = parse_mime(load("html_only.eml"))
        assert msg.body_is_html
        assert "I'm away until December 2." in msg.body
        assert "<p>" not in msg.body and "color:red" not in msg.body
        assert msg.sent_at == datetime(
            2026, 11, 24, 10, tzinfo=timezone(timedelta(hours=-5))
        )

    def test_delivery_status_report(self) -> None:
        msg = parse_mime(load("dsn_bounce.eml"))
        ctype = msg.header("content-type") or ""
        assert ctype.startswith("multipart/report") and "delivery-status" in ctype
        assert "could not\nbe delivered" in msg.body
        assert "Final-Recipient: rfc822; gone@buyer.example" in msg.body
        assert "Status: 5.1.1" in msg.body and "Action: failed" in msg.body
        # the quoted original is evidence, not this message's text
        assert "bumping this to the top" not in msg.body
        assert msg.sender == "mailer-daemon@mx.seller.example"

    def test_quoted_printable(self) -> None:
        msg = parse_mime(load("quoted_printable.eml"))
        assert msg.body == (
            "Hi Sam, please book a time via my link instead: "
            "https://cal.buyer.example/bob?duration=30 — thanks!"
        )
        assert msg.in_reply_to == "<seq-9-step-1@seller.example>"

    def test_base64_with_attachment_and_crlf(self) -> None:
        msg = parse_mime(load("base64.eml"))
        assert msg.subject == "Réponse automatique : absent"
        assert (
            msg.body == "Je suis absent jusqu'au 3 décembre. Pour toute urgence : Zoé."
        )
        assert msg.sender == "zoe@acheteur.example"

    def test_missing_message_id_is_synthetic_and_stable(self) -> None:
        data = b"From: a@b.example\r\nSubject: hi\r\n\r\nbody\r\n"
        first, again = parse_mime(data), parse_mime(data)
        assert first.message_id == again.message_id
        assert first.message_id.endswith("@synthetic.cadence-guard.invalid>")
        assert parse_mime(data + b"!").message_id != first.message_id

    def test_undated_zone_is_utc(self) -> None:
        msg = parse_mime(
            b"From: a@b.example\nDate: Fri, 20 Nov 2026 09:00:00 -0000\n\nx"
        )
        assert msg.sent_at == datetime(2026, 11, 20, 9, tzinfo=UTC)

    def test_truncated_message_is_best_effort(self) -> None:
        data = load("exchange_oof.eml")
        msg = parse_mime(data[: data.index(b"with limited access")])
        assert msg.subject.startswith("Automatic reply")
        assert "out of the office until Monday" in msg.body


class TestRefusals:
    @pytest.mark.parametrize(
        "data",
        [b"", b"   \r\n", b"\x00\x01\x02binary junk\xff", b"just some words\n"],
        ids=["empty", "blank", "binary", "no headers"],
    )
    def test_not_a_message(self, data: bytes) -> None:
        with pytest.raises(MimeError, match="message"):
            parse_mime(data)

    def test_too_large(self) -> None:
        data = b"From: a@b.example\n\n" + b"x" * 100
        with pytest.raises(MimeTooLarge, match="100-byte limit"):
            parse_mime(data, max_bytes=100)

    def test_not_bytes(self) -> None:
        with pytest.raises(MimeError, match="bytes"):
            parse_mime("From: a@b.example\n\nhi")  # type: ignore[arg-type]
