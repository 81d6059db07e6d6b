"""Helpers for the dev_inbound8 cores: one message each, with the headers a real client
or mailbox system would write (a thread, an iPhone, a vendor's auto-reply flags, or
none at all), so that the set does not teach one header shape per kind.

Send dates as ../dev_inbound6/cores.py: A Thu 5 Mar 2026, B Fri 17 Jul, C Fri 18 Dec,
D Tue 12 May, E Mon 3 Aug, F Wed 21 Oct. "until X" is back on X; ranges and inclusive
ends are back the day after.
"""

from __future__ import annotations

THREAD = {
    "In-Reply-To": "<p-2207@seller.example>",
    "References": "<p-2207@seller.example>",
}
IPHONE = {**THREAD, "X-Mailer": "iPhone Mail (21F90)"}
OUTLOOK = {**THREAD, "X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": "Pricing"}
# What Exchange and a few hosted systems put on their auto-replies.
EXCHANGE = {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "x"}
VENDOR = {"X-Autoreply": "yes", "Precedence": "auto_reply"}
HEADERS = {"thread": THREAD, "iphone": IPHONE, "outlook": OUTLOOK, "none": {}}
SUBJECT = "Re: Pricing"
OOO_SUBJECT = {
    "auto": "Automatic reply: Pricing",
    "exchange": "Automatic reply: Pricing",
    "vendor": "Out of office: Pricing",
    "none": SUBJECT,
}


def _c(kind, tag, at, body, subject, style, returns=None, headers=None, **kw):
    core = {"kind": kind, "tag": tag, "at": at, "subject": subject, "body": body}
    core["style"] = style
    if headers:
        core["headers"] = dict(headers)
    if returns:
        core["returns"] = returns
    return {**core, **kw}


def away(at, body, returns=None, style="plain", h="thread", subject=SUBJECT, **kw):
    """A person writes by hand that they are away: a human reply and an absence."""
    return _c("away", "away_hand", at, body, subject, style, returns, HEADERS[h], **kw)


def ooo(at, body, returns, h="auto", subject=None, **kw):
    """An out-of-office auto-reply: `auto` (Auto-Submitted), `exchange`, `vendor`
    headers, or `none` (headerless)."""
    subject = subject or OOO_SUBJECT[h]
    headers = {"exchange": EXCHANGE, "vendor": VENDOR}.get(h)
    tag = "ooo_plain" if h == "none" else "ooo_auto"
    return _c(
        "ooo", tag, at, body, subject, "plain", returns, headers, auto=h == "auto", **kw
    )


def gone(at, body, by="colleague", style="plain", subject=None, **kw):
    """Left the company: written by a colleague, or by the mailbox system (`system`,
    with Auto-Submitted, or `bare`, a system notice without any header)."""
    if by == "colleague":
        subject = subject or SUBJECT
        tag = "gone_colleague"
        return _c("gone", tag, at, body, subject, style, headers=THREAD, **kw)
    auto = by == "system"
    notice = "Automatic reply: Pricing" if auto else "Mailbox notice: Pricing"
    subject = subject or notice
    return _c("gone", "gone_system", at, body, subject, "plain", auto=auto, **kw)


def human(at, body, style="quote", tag="human_dates", h="thread", **kw):
    """A plain human reply that mentions holidays, travel or being busy, not away."""
    return _c("human", tag, at, body, SUBJECT, style, None, HEADERS[h], **kw)


def other(kind, at, body, subject, headers=None, auto=False):
    """An acknowledgement or newsletter that mentions holidays or absence."""
    tag = f"{kind}_holiday"
    return _c(kind, tag, at, body, subject, "plain", None, headers, auto=auto)
