"""Pieces every rendered message shares: headers, quoting, signatures, HTML, typos."""

from __future__ import annotations

import datetime as dt
import random

from scripts.training_data.inbound.dates import format_date, month_forms
from scripts.training_data.inbound.machine import rfc2822
from scripts.training_data.inbound.people import digits, signature

AUTO_HEADER_SETS = [
    {"Auto-Submitted": "auto-replied"},
    {
        "Auto-Submitted": "auto-replied",
        "X-Auto-Response-Suppress": "All",
        "X-MS-Exchange-Inbox-Rules-Loop": "{addr}",
    },
    {"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "{addr}"},
    {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    {"X-Autoreply": "yes", "Precedence": "auto_reply"},
    {"Precedence": "bulk", "X-Autorespond": "yes"},
    {"Auto-Submitted": "auto-generated", "Precedence": "auto_reply"},
    {"X-Autoreply": "yes", "X-Autorespond": "yes", "Auto-Submitted": "auto-replied"},
]

DEFAULT_OUTLOOK = ("From", "Sent", "To", "Subject")


def auto_headers(rng: random.Random, addr: str) -> dict[str, str]:
    chosen = rng.choice(AUTO_HEADER_SETS)
    return {k: v.format(addr=addr) for k, v in chosen.items()}


def base_headers(rng, ctx, sender: str, subject: str, reply: bool) -> dict[str, str]:
    headers = {
        "Subject": subject,
        "Date": rfc2822(ctx["sent_dt"]),
        "From": sender,
        "To": f"{ctx['vendor']['name']} <{ctx['vendor']['addr']}>",
        "Message-ID": f"<{digits(rng, '########.######')}@{ctx['prospect']['domain']}>",
    }
    if rng.random() < 0.35:
        # What Outlook adds to everything it sends, people and rules alike.
        headers["Thread-Topic"] = ctx["orig_subject"]
        headers["X-MS-Has-Attach"] = ""
        headers["X-MS-TNEF-Correlator"] = ""
        headers["Content-Language"] = ctx.get("content_language", "en-US")
    elif rng.random() < 0.3:
        headers["X-Mailer"] = rng.choice(
            [
                "Apple Mail (2.3774.500.171)",
                "Microsoft Outlook 16.0",
                "Zimbra 9.0",
                "Roundcube Webmail/1.6.5",
                "iPhone Mail (21E236)",
            ]
        )
    if reply:
        headers["In-Reply-To"] = (
            f"<{digits(rng, '##########.#####')}@{ctx['vendor']['domain']}>"
        )
    return headers


def quote_original(rng: random.Random, lang: dict, ctx: dict) -> str:
    """The seller's first mail below a reply, as Gmail/Apple or Outlook quote it."""
    v, when = ctx["vendor"], ctx["orig_dt"]
    fields = {"H": f"{when.hour:02d}", "M": f"{when.minute:02d}"}
    if rng.random() < 0.55 and lang.get("quote_on"):
        date = format_date(
            lang, when.date(), rng.choice(lang["quote_date"]).format_map(_Keep(fields))
        )
        head = lang["quote_on"].format(date=date, name=v["name"], addr=v["addr"])
        lines = "\n".join(
            ("> " + line).rstrip() for line in ctx["orig_body"].split("\n")
        )
        return f"{head}\n{lines}"
    labels = lang.get("outlook", DEFAULT_OUTLOOK)
    fmt = lang.get("outlook_date", ["{wd}, {d} {month} {y} {H}:{M}"])
    date = format_date(lang, when.date(), rng.choice(fmt).format_map(_Keep(fields)))
    sep = rng.choice(
        ["-----Original Message-----", "________________________________", ""]
    )
    head = (
        (sep + "\n" if sep else "")
        + f"{labels[0]}: {v['name']} <{v['addr']}>\n{labels[1]}: {date}\n"
        f"{labels[2]}: {ctx['prospect']['name']} <{ctx['prospect']['addr']}>\n"
        f"{labels[3]}: {ctx['orig_subject']}"
    )
    return f"{head}\n\n{ctx['orig_body']}"


class _Keep(dict):
    """format_map that leaves unknown fields for the date formatter."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def closing_block(rng: random.Random, lang: dict, who: dict, p_sign: float) -> str:
    if rng.random() > p_sign:
        return ""
    out = []
    if lang.get("signoffs") and rng.random() < 0.85:
        out.append(rng.choice(lang["signoffs"]))
    if rng.random() < 0.12 and lang.get("mobile"):
        out.append(who["first"] + "\n\n" + rng.choice(lang["mobile"]))
    else:
        out.append(signature(rng, lang, who))
    return "\n".join(out)


def footer(rng: random.Random, lang: dict, ctx: dict, english: dict) -> str:
    parts = []
    if rng.random() < 0.25:
        pool = lang.get("disclaimers") or english["disclaimers"]
        if rng.random() < 0.2:
            pool = english["disclaimers"]
        parts.append(rng.choice(pool))
    if rng.random() < 0.12 and lang.get("footer_events"):
        day = ctx["sent_dt"].date() + dt.timedelta(days=rng.randint(25, 150))
        fmt = [f for f, flags in lang["date_formats"] if "amb" not in flags]
        text = rng.choice(lang["footer_events"])
        parts.append(
            text.format(
                D=format_date(lang, day, rng.choice(fmt)),
                COMPANY=ctx["prospect"]["company"],
            )
        )
    return "\n\n".join(parts)


def to_html(text: str) -> str:
    paras = [p.replace("\n", "<br>\n") for p in text.split("\n\n")]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return (
        '<html><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">'
        f'</head><body><div style="font-family:Calibri,Arial,sans-serif">\n{body}\n'
        "</div></body></html>"
    )


def protected_words(lang: dict) -> set[str]:
    words: set[str] = set()
    for d in range(7):
        day = dt.date(2026, 1, 5 + d)
        for m in range(12):
            for value in month_forms(lang, day.replace(month=m + 1)).values():
                words.update(value.lower().split())
    return words


def typo(rng: random.Random, text: str, protect: set[str]) -> str:
    """One slip of the fingers: two neighbouring letters swapped in a long word."""
    words = text.split(" ")
    spots = [
        i
        for i, w in enumerate(words)
        if len(w) >= 6 and w.isalpha() and w.lower() not in protect and "@" not in w
    ]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)
