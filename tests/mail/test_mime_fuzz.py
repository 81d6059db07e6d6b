"""Whatever the bytes (10,000 cases), parse_mime raises nothing but MimeError, and what
it parses the inbound classifier reads without crashing."""

from __future__ import annotations

import base64
import quopri
from email.header import Header
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guard.analysis.inbound.analyse import parse_inbound
from guard.mail.mime import MimeError, parse_mime
from guard.mail.source import RawMessage
from models.domain import INBOUND_KINDS

FIXTURES = [
    p.read_bytes() for p in sorted((Path(__file__).parent / "fixtures").glob("*.eml"))
]
# 10,000 examples in all, split so the three strategies run in about 30 s on 2 cores.
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

header_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60
)
# Few draws per example: Hypothesis' own bookkeeping dominates the run time here.
local_part = st.sampled_from(["ada", "j.mueller", "zoe", "x", "ops-desk", "a1.b2"])
addresses = st.sampled_from(
    ["ada@buyer.example", "J.Mueller@Kunde.example", "zoe@acheteur.example"]
)
bodies = st.text(max_size=400)
auto_headers = st.dictionaries(
    st.sampled_from(
        [
            "Auto-Submitted",
            "X-Autoreply",
            "Precedence",
            "X-Auto-Response-Suppress",
            "In-Reply-To",
            "References",
            "X-MS-Exchange-Inbox-Rules-Loop",
        ]
    ),
    st.sampled_from(["auto-replied", "yes", "bulk", "All", "<a@b.example>", "x"]),
    max_size=4,
)


@st.composite
def built_messages(draw: st.DrawFn) -> bytes:
    """A valid message: random headers, structure, charset and transfer encoding.

    Assembled as text rather than with EmailMessage: the stdlib builder costs
    several milliseconds a message, which 5,000 examples cannot afford.
    """
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "utf-16"]))
    words = draw(st.sampled_from(["q", "b"]))
    lines = [
        f"From: {_word(draw(header_text), words)} <{draw(addresses)}>",
        f"To: {draw(addresses)}",
        f"Subject: {_word(draw(header_text), words)}",
        f"Date: {draw(st.sampled_from(['Fri, 20 Nov 2026 09:00:00 +0100', 'bad']))}",
        "MIME-Version: 1.0",
    ]
    if draw(st.booleans()):
        lines.append(f"Message-ID: <{draw(local_part)}@buyer.example>")
    lines += [f"{k}: {v}" for k, v in draw(auto_headers).items()]
    body = _part(draw(bodies), "plain", charset, draw(ctes))
    kind = draw(st.sampled_from(["plain", "html", "alternative", "mixed", "report"]))
    if kind == "html":
        body = _part(f"<p>{draw(bodies)}</p>", "html", charset, draw(ctes))
    elif kind != "plain":
        body = _multipart(kind, body, _part("<p>x</p>", "html", "utf-8", "7bit"))
    return ("\r\n".join(lines) + "\r\n" + body).encode("utf-8")


ctes = st.sampled_from(["quoted-printable", "base64", "8bit"])


def _word(text: str, encoding: str) -> str:
    return Header(text, "utf-8").encode() if encoding == "b" else quote_word(text)


def quote_word(text: str) -> str:
    data = quopri.encodestring(text.encode("utf-8"), header=True).decode("ascii")
    return f"=?utf-8?q?{data.replace('?', '=3F')}?="


def _part(text: str, subtype: str, charset: str, cte: str) -> str:
    try:
        data = text.encode(charset)
    except UnicodeError:
        data, charset = text.encode("utf-8"), "utf-8"
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:  # 8bit: the raw text, as the utf-8 of the whole message carries it
        payload = text
    return (
        f"Content-Type: text/{subtype}; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {cte}\r\n\r\n{payload}\r\n"
    )


def _multipart(kind: str, first: str, second: str) -> str:
    if kind == "report":
        second = (
            "Content-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.example\r\n\r\n"
            "Final-Recipient: rfc822; gone@buyer.example\r\nStatus: 5.1.1\r\n"
        )
    extra = "; report-type=delivery-status" if kind == "report" else ""
    return (
        f'Content-Type: multipart/{kind}; boundary="b0"{extra}\r\n\r\n'
        f"--b0\r\n{first}\r\n--b0\r\n{second}\r\n--b0--\r\n"
    )


@st.composite
def corrupted(draw: st.DrawFn, source: st.SearchStrategy[bytes]) -> bytes:
    """Truncate, overwrite and splice random bytes into a message."""
    data = bytearray(draw(source))
    rnd = draw(st.randoms(use_true_random=False))
    if data and rnd.random() < 0.5:
        data = data[: rnd.randrange(len(data) + 1)]
    for _ in range(rnd.randrange(9)):
        if not data:
            break
        at = rnd.randrange(len(data))
        if rnd.random() < 0.5:
            data[at] = rnd.randrange(256)
        else:
            data[at:at] = rnd.randbytes(rnd.randrange(1, 13))
    return bytes(data)


def assert_only_mime_error(data: bytes) -> None:
    try:
        result = parse_mime(data)
    except MimeError as e:
        assert not e.internal, f"parser failure leaked through the safety net: {e}"
        return
    assert isinstance(result, RawMessage)
    assert result.message_id
    assert "\x00" not in result.body
    assert result.sent_at is None or result.sent_at.tzinfo is not None
    analysis = parse_inbound(
        headers=result.headers,
        subject=result.subject,
        body=result.body,
        sent_at=result.sent_at,
    )
    assert analysis.kind in INBOUND_KINDS


@settings(FUZZ, max_examples=4_000)
@given(corrupted(built_messages()))
def test_built_then_corrupted_messages(data: bytes) -> None:
    assert_only_mime_error(data)


@settings(FUZZ, max_examples=2_500)
@given(corrupted(st.sampled_from(FIXTURES)))
def test_corrupted_realistic_messages(data: bytes) -> None:
    assert_only_mime_error(data)


@settings(FUZZ, max_examples=3_500)
@given(st.binary(max_size=2_000))
def test_random_bytes(data: bytes) -> None:
    assert_only_mime_error(data)
