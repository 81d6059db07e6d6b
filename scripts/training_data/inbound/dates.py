"""Dates written the way each language writes them, and the return day they mean.

The return-day rules follow /work/shared/corpora/README.md: an explicit return day
or "until X" means back on X; ranges and inclusive ends mean back the day after;
a weekday is the next such day after the send date; no date gives none.
"""

from __future__ import annotations

import datetime as dt
import random

# Modes a core can declare for its date placeholders.
BACK_ON = {"back", "until", "wd_back", "wd_until", "wd_next", "wd_nextweek", "tomorrow"}
DAY_AFTER = {"incl", "range", "wd_incl"}
AWAY_NO_DATE = {"away"}
NO_DATE = {"none", "note", "past"}


def month_forms(lang: dict, d: dt.date) -> dict[str, str]:
    """Every month and weekday form the language declares, for one date."""
    out = {"month": lang["months"][d.month - 1], "wd": lang["weekdays"][d.weekday()]}
    for form, names in lang.get("month_forms", {}).items():
        out[f"month_{form}"] = names[d.month - 1]
    for form, names in lang.get("weekday_forms", {}).items():
        out[f"wd_{form}"] = names[d.weekday()]
    return out


def format_date(lang: dict, d: dt.date, fmt: str) -> str:
    fields = {
        "d": d.day,
        "dd": f"{d.day:02d}",
        "m": d.month,
        "mm": f"{d.month:02d}",
        "y": d.year,
        "yy": f"{d.year % 100:02d}",
    }
    fields.update(month_forms(lang, d))
    if "day_suffixes" in lang:
        fields.update(lang["day_suffixes"](d.day))
    return fmt.format(**fields)


def pick_format(lang: dict, rng: random.Random, days: list[dt.date]) -> str:
    """A date format usable for all the given days.

    Slash formats ("amb") that could be read D/M or M/D are only used when a day
    above 12 settles the order, as a careful reader would require.
    """
    choices = [
        fmt
        for fmt, flags in lang["date_formats"]
        if "amb" not in flags or all(d.day > 12 for d in days)
    ]
    return rng.choice(choices)


def next_weekday_after(sent: dt.date, weekday: int) -> dt.date:
    ahead = (weekday - sent.weekday()) % 7 or 7
    return sent + dt.timedelta(days=ahead)


def plan_dates(mode: str, sent: dt.date, rng: random.Random) -> dict:
    """Choose the dates a core talks about and the return day they imply."""
    if mode in ("wd_back", "wd_until", "wd_incl"):
        day = next_weekday_after(sent, rng.randrange(5))
        back = day if mode != "wd_incl" else day + dt.timedelta(days=1)
        return {"W": day, "D": day, "D1": sent, "returns": back}
    if mode == "wd_next":
        # "next Monday" said three to six days ahead: no reader doubts which one.
        ahead = [sent + dt.timedelta(days=k) for k in range(3, 7)]
        day = rng.choice([d for d in ahead if d.weekday() < 5])
        return {"W": day, "D": day, "D1": sent, "returns": day}
    if mode == "wd_nextweek":
        # "volgende week dinsdag", "ensi viikon tiistaina": a day of next week.
        monday = sent + dt.timedelta(days=7 - sent.weekday())
        day = monday + dt.timedelta(days=rng.randrange(5))
        return {"W": day, "D": day, "D1": sent, "returns": day}
    if mode == "tomorrow":
        day = sent + dt.timedelta(days=1)
        return {"D": day, "D1": sent, "returns": day}
    if mode == "past":
        day = sent - dt.timedelta(days=rng.randint(2, 60))
        return {"D": day, "D1": day - dt.timedelta(days=3), "W": day, "returns": None}
    end = sent + dt.timedelta(
        days=rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 17, 21])
    )
    if mode == "note":
        start = sent + dt.timedelta(days=rng.randint(2, 30))
        return {
            "D": start + dt.timedelta(days=rng.randint(1, 9)),
            "D1": start,
            "W": start,
            "returns": None,
        }
    if end.weekday() >= 5 and rng.random() < 0.8:
        # People come back on working days and leave after one.
        if mode in DAY_AFTER and end - dt.timedelta(days=end.weekday() - 4) > sent:
            end -= dt.timedelta(days=end.weekday() - 4)
        else:
            end += dt.timedelta(days=7 - end.weekday())
    start = min(sent, end) - dt.timedelta(days=rng.randint(0, 6))
    if mode == "range":
        start = min(sent, end - dt.timedelta(days=rng.randint(2, 13)))
    if mode in BACK_ON:
        returns = end
    elif mode in DAY_AFTER:
        returns = end + dt.timedelta(days=1)
    else:
        returns = None
    return {"D": end, "D1": start, "W": end, "returns": returns}
