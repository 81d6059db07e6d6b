"""Helpers for the dev_inbound10 cores: leaver and retired-mailbox notices under every
header shape a mail system writes (RFC 3834 `Auto-Submitted`, Exchange's inbox-rule
headers, a vendor's `X-Autoreply`, none at all) or written by a colleague, beside
out-of-office replies that name a colleague or a temporary address, leave without a
date, and people away writing by hand.

Send dates as ../dev_inbound8/kinds.py: A Thu 5 Mar 2026, B Fri 17 Jul, C Fri 18 Dec,
D Tue 12 May, E Mon 3 Aug, F Wed 21 Oct. "until X" is back on X; ranges and inclusive
ends are back the day after.
"""

from __future__ import annotations

from scripts.dev_inbound8.kinds import EXCHANGE, HEADERS, SUBJECT, VENDOR, _c

AUTO_SUBJECT = "Automatic reply: Pricing"
_MACHINE = {"exchange": EXCHANGE, "vendor": VENDOR}


def _system(kind, tag, at, body, h, subject, returns=None, **kw):
    headers = _MACHINE.get(h) or HEADERS.get(h)
    if subject is None:
        subject = SUBJECT if h in HEADERS else AUTO_SUBJECT
    return _c(
        kind, tag, at, body, subject, kw.pop("style", "plain"), returns, headers,
        auto=h == "auto", **kw,
    )  # fmt: skip


def gone(at, body, h="auto", subject=None, **kw):
    """Left the company or a mailbox retired. `h`: `auto` (Auto-Submitted),
    `exchange`, `vendor`, `bare` (a system notice without any header) or one of the
    reply shapes (`thread`, `outlook`, `iphone`, `none`) for a colleague's note."""
    tag = {"auto": "gone_auto", "exchange": "gone_exchange", "vendor": "gone_vendor"}
    if h == "bare":
        subject = subject or "Mailbox notice: Pricing"
        return _system("gone", "gone_bare", at, body, "none", subject, **kw)
    return _system("gone", tag.get(h, "gone_colleague"), at, body, h, subject, **kw)


def ooo(at, body, returns=None, h="auto", subject=None, tag="ooo_contact", **kw):
    """An out-of-office that names a colleague or a temporary address (`ooo_contact`,
    `ooo_mailbox`) or leave with or without a day back (`ooo_leave`)."""
    if h == "none" and subject is None:
        subject = SUBJECT
    return _system("ooo", tag, at, body, h, subject, returns, **kw)


def away(at, body, returns=None, h="thread", style="plain", **kw):
    """A person writes by hand that they are away: a human reply and an absence."""
    return _c("away", "away_hand", at, body, SUBJECT, style, returns, HEADERS[h], **kw)


def human(at, body, h="thread", style="quote", **kw):
    """A plain reply that mentions a colleague who left, or leave, but is neither."""
    return _c("human", "human_reply", at, body, SUBJECT, style, None, HEADERS[h], **kw)
