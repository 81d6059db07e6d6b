"""Render the inbound training mail: rules/training/inbound/<lang>.jsonl.

Rebuild (deterministic, seeded; same bytes every run):
    python -m scripts.training_data.inbound.render_inbound
    python -m scripts.training_data.inbound.render_inbound de fr   # only some languages

Hand-written cores per language (scripts/training_data/inbound/inbound_langs/<lang>.py)
are combined with dates written in that language's own formats, alternates,
signatures, disclaimers, quoted originals, headers, HTML and typos; the return
day is computed from what the core says (see dates.py). Bounces and complaints
are rendered from their structure (machine.py).
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import random
import re
import sys
from pathlib import Path

from scripts.training_data.inbound import compose, machine
from scripts.training_data.inbound.dates import (
    AWAY_NO_DATE,
    BACK_ON,
    DAY_AFTER,
    format_date,
    pick_format,
    plan_dates,
)
from scripts.training_data.inbound.people import colleague, digits, person, vendor

LANGS = [
    "en",
    "de",
    "fr",
    "es",
    "pt",
    "it",
    "nl",
    "sv",
    "da",
    "no",
    "fi",
    "pl",
    "ja",
    "zh",
    "ko",
    "tr",
    "cs",
    "ru",
    "ar",
    "he",
    "el",
    "hu",
    "ro",
]
PLAN = {
    "ooo": 44,
    "auto_ack": 13,
    "bounce": 11,
    "complaint": 4,
    "gone": 7,
    "newsletter": 6,
    "human": 25,
}
# The languages whose headerless auto-replies the frozen set found missed (issue 12)
# get more out-of-office replies and more human replies, a third of them without
# headers like everywhere else.
WEAK = frozenset({"ar", "cs", "el", "he", "hu", "ko", "ro", "tr"})
WEAK_EXTRA = {"ooo": 22, "human": 8}
OUT = Path("rules/training/inbound")
SEED = 20261207


FALLBACK = ("titles", "disclaimers", "alt_styles")


def load(code: str) -> dict:
    module = f"scripts.training_data.inbound.inbound_langs.{code}"
    lang = importlib.import_module(module).LANG
    if code != "en":
        english = load("en")
        for key in FALLBACK:
            lang.setdefault(key, english.get(key))
    return lang


class Filler(dict):
    """Values for a core's placeholders; dates and weekdays in the language's forms."""

    def __init__(self, lang: dict, plan: dict, fmt: str, extra: dict) -> None:
        super().__init__(extra)
        self.lang, self.plan, self.fmt = lang, plan, fmt

    def __missing__(self, key: str) -> str:
        if key in ("D", "D1"):
            return format_date(self.lang, self.plan[key], self.fmt)
        if key.startswith("D_"):
            fmt = self.lang["named_formats"][key[2:]]
            return format_date(self.lang, self.plan["D"], fmt)
        if key.startswith("D1_"):
            fmt = self.lang["named_formats"][key[3:]]
            return format_date(self.lang, self.plan["D1"], fmt)
        if key == "R":
            return self.compact_range()
        if key == "W":
            return self.lang["weekdays"][self.plan["W"].weekday()]
        if key.startswith("W_"):
            return self.lang["weekday_forms"][key[2:]][self.plan["W"].weekday()]
        raise KeyError(key)

    def compact_range(self) -> str:
        """ "12–16 May", "12.–16.3.": one month written once, as people do."""
        first, last = self.plan["D1"], self.plan["D"]
        compact = self.lang.get("compact_range")
        if compact and first.month == last.month and first.year == last.year:
            fmt = compact.replace("{d1}", str(first.day))
            return format_date(self.lang, last, fmt)
        return f"{self['D1']} – {self['D']}"


SENTENCE_START = re.compile(r"(^|[.!?。]\s+)([^\W\d_])")


def sentence_case(text: str) -> str:
    """A date that opens a sentence ("május 1-jén ...") starts with a capital."""
    return SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _summer_time(day: dt.date) -> bool:
    """European summer time: last Sunday of March to last Sunday of October."""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def sent_time(rng: random.Random, lang: dict) -> dt.datetime:
    day = dt.date(2025, 5, 4) + dt.timedelta(days=rng.randrange(560))
    tzs = lang["tz"]
    summer = _summer_time(day)
    offset = rng.choice(tzs["summer" if summer else "winter"])
    tz = dt.timezone(dt.timedelta(minutes=offset))
    hour = rng.choice([6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 23])
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=tz)


def context(rng: random.Random, lang: dict) -> dict:
    sent = sent_time(rng, lang)
    prospect, seller = person(rng, lang), vendor(rng, lang)
    while seller["name"] == prospect["name"]:
        seller = vendor(rng, lang)
    subject, body = rng.choice(lang["outgoing"])
    fill = {
        "PFIRST": prospect["first"],
        "VFIRST": seller["first"],
        "VNAME": seller["name"],
        "VCOMPANY": seller["company"],
        "COMPANY": prospect["company"],
    }
    return {
        "sent_dt": sent,
        "orig_dt": sent - dt.timedelta(minutes=rng.randint(3, 60 * 24 * 9)),
        "prospect": prospect,
        "vendor": seller,
        "orig_subject": subject.format(**fill),
        "content_language": lang.get("content_language", "en-US"),
        "orig_body": body.format(**fill)
        + "\n\n"
        + seller["name"]
        + "\n"
        + seller["company"],
    }


def alternate(rng: random.Random, lang: dict, ctx: dict, alts: list[str]) -> str:
    other = colleague(rng, lang, ctx["prospect"])
    alts.append(f"{other['name']} <{other['addr']}>")
    phone = digits(rng, rng.choice(lang["phones"]))
    style = rng.choice(
        lang.get("alt_styles")
        or [
            "{name} ({addr})",
            "{name} ({addr})",
            "{name}, {addr}",
            "{name} <{addr}>",
            "{name} – {addr}",
            "{name} ({addr}, {phone})",
            "{name}: {addr}",
        ]
    )
    return style.format(name=other["name"], addr=other["addr"], phone=phone)


def fill_parts(
    rng,
    lang,
    ctx,
    parts: list[str],
    mode: str,
    alts: list[str],
    plan: dict | None = None,
) -> tuple:
    plan = plan or plan_dates(mode, ctx["sent_dt"].date(), rng)
    fmt = pick_format(lang, rng, [plan["D"], plan["D1"]])
    extra = {
        "NAME": ctx["prospect"]["first"],
        "FULL": ctx["prospect"]["name"],
        "COMPANY": ctx["prospect"]["company"],
        "VFIRST": ctx["vendor"]["first"],
        "VCOMPANY": ctx["vendor"]["company"],
        "TICKET": digits(
            rng, rng.choice(["######", "#######", "INC#######", "CS-#####", "#####-##"])
        ),
        "PHONE": digits(rng, rng.choice(lang["phones"])),
        "URL": f"https://{ctx['prospect']['domain']}/"
        + rng.choice(["news", "n", "info"]),
    }
    out = []
    for part in parts:
        for key in ("ALT", "ALT2"):
            if "{" + key + "}" in part:
                extra[key] = alternate(rng, lang, ctx, alts)
        out.append(sentence_case(part.format_map(Filler(lang, plan, fmt, extra))))
    returns = plan["returns"] if mode in BACK_ON | DAY_AFTER else None
    return out, returns, plan


def join(rng: random.Random, parts: list[str]) -> str:
    glue = rng.choice(["\n\n", "\n\n", "\n", " "])
    return glue.join(p for p in parts if p)


def finish(
    rng,
    lang,
    en,
    ctx,
    core: str,
    who: dict,
    greet: list[str],
    p_sign: float,
    quote: float,
    html: float,
) -> tuple[str, bool]:
    blocks = []
    if greet and rng.random() < 0.6:
        blocks.append(rng.choice(greet).format(VFIRST=ctx["vendor"]["first"]))
    blocks.append(core)
    blocks.append(compose.closing_block(rng, lang, who, p_sign))
    blocks.append(compose.footer(rng, lang, ctx, en))
    text = "\n\n".join(b for b in blocks if b)
    if rng.random() < quote:
        text += "\n\n" + compose.quote_original(rng, lang, ctx)
    is_html = rng.random() < html
    return (compose.to_html(text) if is_html else text), is_html


def render_ooo(rng, lang, en, ctx) -> dict:
    alts: list[str] = []
    if rng.random() < 0.22:
        text, mode = rng.choice(lang["ooo_short"])
        parts = [text]
    else:
        text, mode = rng.choice(lang["ooo_absence"])
        parts = [rng.choice(lang["ooo_open"])] if rng.random() < 0.6 else []
        parts.append(text)
        if rng.random() < 0.45:
            parts.append(rng.choice(lang["ooo_alt"]))
        if rng.random() < 0.7:
            parts.append(rng.choice(lang["ooo_close"]))
    filled, returns, plan = fill_parts(rng, lang, ctx, parts, mode, alts)
    core = join(rng, filled)
    same = [a for a in en["ooo_absence"] if a[1] == mode]
    if lang is not en and same and rng.random() < 0.15:
        # A bilingual notice: the English half names the same days.
        english = fill_parts(rng, en, ctx, [rng.choice(same)[0]], mode, [], plan)[0][0]
        core += "\n\n" + rng.choice(["---", "* * *", "", "[English]"]) + "\n" + english
    p = ctx["prospect"]
    auto = rng.random() < 0.66
    subjects = lang["ooo_subject"]
    subject = (
        rng.choice(subjects).format(S=ctx["orig_subject"])
        if (auto or rng.random() < 0.5)
        else rng.choice(lang["reply_prefix"]) + ctx["orig_subject"]
    )
    headers = compose.base_headers(
        rng, ctx, f"{p['name']} <{p['addr']}>", subject, True
    )
    if auto:
        headers.update(compose.auto_headers(rng, p["addr"]))
    body, is_html = finish(
        rng, lang, en, ctx, core, p, lang["ooo_greet"], 0.55, 0.08, 0.1
    )
    return msg(headers, body, is_html, "ooo", False, returns, alts, None)


def msg(headers, body, is_html, kind, away, returns, alts, subkind) -> dict:
    headers.setdefault("MIME-Version", "1.0")
    headers.setdefault(
        "Content-Type", ("text/html" if is_html else "text/plain") + "; charset=utf-8"
    )
    return {
        "headers": headers,
        "body": body,
        "kind": kind,
        "human_away": away,
        "returns_on": returns.isoformat() if returns else None,
        "alternate_contacts": alts,
        "subkind": subkind,
    }


def render_simple(rng, lang, en, ctx, kind: str) -> dict:
    """Acknowledgements, left-the-company notices and newsletters."""
    p, alts = ctx["prospect"], []
    if kind == "newsletter":
        subject, text = rng.choice(lang["newsletter"])
        (subject, core), _, _ = fill_parts(
            rng, lang, ctx, [subject, text], "note", alts
        )
        box = rng.choice(["newsletter", "news", "info", "noreply"])
        sender = f"{p['company']} <{box}@{p['domain']}>"
        headers = compose.base_headers(rng, ctx, sender, subject, False)
        headers.update(
            {
                "List-Unsubscribe": f"<https://{p['domain']}/unsubscribe?u="
                + digits(rng, "########")
                + ">",
                "List-Id": f"<news.{p['domain']}>",
            }
        )
        if rng.random() < 0.7:
            headers["Precedence"] = "bulk"
        if rng.random() < 0.5:
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        is_html = rng.random() < 0.55
        body = compose.to_html(core) if is_html else core
        return msg(headers, body, is_html, kind, False, None, alts, None)
    pool = lang["ack"] if kind == "auto_ack" else lang["gone"]
    entry = rng.choice(pool)
    text, mode = (entry, "note") if isinstance(entry, str) else entry
    core = fill_parts(rng, lang, ctx, [text], mode, alts)[0][0]
    subjects = lang["ack_subject"] if kind == "auto_ack" else lang["gone_subject"]
    subject = rng.choice(subjects).format(
        S=ctx["orig_subject"],
        TICKET=digits(rng, "######"),
        COMPANY=p["company"],
        FULL=p["name"],
    )
    if kind == "auto_ack":
        sender = f"{p['company']} {rng.choice(['Support', 'Service', ''])}".strip()
        box = rng.choice(["support", "service", "info", "noreply", "kontakt", "help"])
        sender += f" <{box}@{p['domain']}>"
    else:
        sender = f"{p['name']} <{p['addr']}>"
    headers = compose.base_headers(rng, ctx, sender, subject, True)
    if rng.random() < 0.7:
        headers.update(compose.auto_headers(rng, p["addr"]))
    if kind == "gone":
        body, is_html = finish(
            rng, lang, en, ctx, core, p, lang["ooo_greet"], 0.0, 0.0, 0.1
        )
    else:
        body, is_html = (
            (compose.to_html(core), True) if rng.random() < 0.15 else (core, False)
        )
    return msg(headers, body, is_html, kind, False, None, alts, None)


def render_human(rng, lang, en, ctx, protect) -> dict:
    p, alts = ctx["prospect"], []
    text, mode, subkind = rng.choice(lang["human"])
    core, returns, _ = fill_parts(rng, lang, ctx, [text], mode, alts)
    core = core[0]
    if rng.random() < 0.2:
        # Names stay as written: an alternate contact must match its label.
        names = " ".join([*alts, p["company"], ctx["vendor"]["company"]]).lower()
        core = compose.typo(rng, core, protect | set(names.replace("<", " ").split()))
    subject = rng.choice(lang["reply_prefix"]) + ctx["orig_subject"]
    headers = compose.base_headers(
        rng, ctx, f"{p['name']} <{p['addr']}>", subject, True
    )
    body, is_html = finish(
        rng, lang, en, ctx, core, p, lang["human_greet"], 0.8, 0.6, 0.1
    )
    away = mode in BACK_ON | DAY_AFTER | AWAY_NO_DATE
    return msg(headers, body, is_html, "human", away, returns, alts, subkind)


def render_one(rng, lang, en, kind, n, protect) -> dict:
    ctx = context(rng, lang)
    if kind in ("bounce", "complaint"):
        made = (machine.bounce if kind == "bounce" else machine.complaint)(
            rng, ctx, lang, n
        )
        made["headers"]["Message-ID"] = (
            f"<{digits(rng, '##########.####')}@{ctx['vendor']['domain']}>"
        )
        out = {
            "headers": made["headers"],
            "body": made["body"],
            "kind": kind,
            "human_away": False,
            "returns_on": None,
            "alternate_contacts": [],
            "subkind": made["subkind"],
        }
    elif kind == "ooo":
        out = render_ooo(rng, lang, en, ctx)
    elif kind == "human":
        out = render_human(rng, lang, en, ctx, protect)
    else:
        out = render_simple(rng, lang, en, ctx, kind)
    out["sent_at"] = ctx["sent_dt"].isoformat()
    return out


def render_language(code: str, en: dict) -> list[dict]:
    lang = load(code)
    rng = random.Random(f"{SEED}-{code}")
    protect = compose.protected_words(lang)
    plan = dict(PLAN)
    for kind, extra in (WEAK_EXTRA if code in WEAK else {}).items():
        plan[kind] += extra
    kinds = [k for k, n in plan.items() for _ in range(n)]
    rng.shuffle(kinds)
    seen: set[str] = set()
    rows, counter = [], {}
    for kind in kinds:
        counter[kind] = counter.get(kind, 0) + 1
        for _ in range(40):
            made = render_one(rng, lang, en, kind, counter[kind], protect)
            if made["body"] not in seen:
                break
        seen.add(made["body"])
        rows.append(
            {
                "id": f"train-in-{code}-{len(rows) + 1:04d}",
                "language": code,
                "headers": made["headers"],
                "subject": made["headers"]["Subject"],
                "body": made["body"],
                "sent_at": made["sent_at"],
                "kind": made["kind"],
                "subkind": made["subkind"],
                "human_away": made["human_away"],
                "returns_on": made["returns_on"],
                "alternate_contacts": made["alternate_contacts"],
            }
        )
    return rows


def main(argv: list[str]) -> int:
    en = load("en")
    wanted = argv or [
        c
        for c in LANGS
        if importlib.util.find_spec(f"scripts.training_data.inbound.inbound_langs.{c}")
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    for code in wanted:
        rows = render_language(code, en)
        with (OUT / f"{code}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{code}: {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
