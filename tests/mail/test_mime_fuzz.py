"""parse_mime never raises anything but MimeError, whatever the bytes (10,000 cases)."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from guard.mail.mime import MimeError, parse_mime
from guard.mail.source import RawMessage

FIXTURES = [p.read_bytes() for p in sorted((Path(__file__).parent / "fixtures").glob("*.eml"))]
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
        ["Auto-Submitted", "X-Autoreply", "Precedence", "X-Auto-Response-Suppress",
         "In-Reply-To", "References", "X-MS-Exchange-Inbox-Rules-Loop"]
    ),
    st.sampled_from(["auto-replied", "yes", "bulk", "All", "<a@b.example>", "x"]),
    max_size=4,
)


@st.composite
def built_messages(draw: st.DrawFn) -> bytes:
    """A valid message: random headers, structure, charset and transfer encoding."""
    msg = EmailMessage()
    try:
        msg["From"] = formataddr((draw(header_text), draw(addresses)))
        msg["To"] = draw(addresses)
        msg["Subject"] = draw(header_text)
        if draw(st.booleans()):
            msg["Message-ID"] = f"<{draw(local_part)}@{draw(local_part)}>"
        msg["Date"] = draw(st.sampled_from(["Fri, 20 Nov 2026 09:00:00 +0100", "bad"]))
        for name, value in draw(auto_headers).items():
            msg[name] = value
        _add_body(draw, msg)
        if msg.is_multipart():
            # a drawn boundary: the stdlib would otherwise call `random`
            msg.set_boundary(f"=={draw(local_part)}.{len(msg.as_bytes())}==")
        return msg.as_bytes(policy=policy.SMTP)
    except (ValueError, TypeError, UnicodeError, IndexError, AttributeError):
        assume(False)  # the generator itself refused (e.g. an odd header); not a case
        raise


def _add_body(draw: st.DrawFn, msg: EmailMessage) -> None:
    cte = draw(st.sampled_from(["quoted-printable", "base64", "8bit", "7bit"]))
    charset = draw(st.sampled_from(["utf-8", "iso-8859-1", "utf-16"]))
    text = draw(bodies)
    try:
        text.encode(charset)
    except UnicodeError:
        charset = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "base64"
    kind = draw(st.sampled_from(["plain", "html", "alternative", "attachment"]))
    if kind == "html":
        msg.set_content(f"<p>{text}</p>", subtype="html", charset=charset, cte=cte)
        return
    msg.set_content(text, charset=charset, cte=cte)
    if kind == "alternative":
        msg.add_alternative(f"<p>{text}</p>", subtype="html")
    elif kind == "attachment":
        msg.add_attachment(draw(st.binary(max_size=200)), maintype="application",
                           subtype="octet-stream", filename="a.bin")


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


@settings(FUZZ, max_examples=5_000)
@given(corrupted(built_messages()))
def test_built_then_corrupted_messages(data: bytes) -> None:
    assert_only_mime_error(data)


@settings(FUZZ, max_examples=2_500)
@given(corrupted(st.sampled_from(FIXTURES)))
def test_corrupted_realistic_messages(data: bytes) -> None:
    assert_only_mime_error(data)


@settings(FUZZ, max_examples=2_500)
@given(st.binary(max_size=2_000))
def test_random_bytes(data: bytes) -> None:
    assert_only_mime_error(data)
