"""Who writes to whom, and when: names, companies, addresses and dates."""

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from stock import Stock

OUR_COMPANIES = [
    "Brightfield",
    "Nordvia",
    "Kestrel Data",
    "Tallyo",
    "Corvent",
    "Ledgerline",
    "Quillpoint",
    "Arkwise",
    "Fennec Cloud",
    "Sablework",
    "Orbitly",
    "Helmstone",
]


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    company: str
    domain: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def email(self) -> str:
        return f"{_ascii(self.first)}.{_ascii(self.last)}@{self.domain}"


def _ascii(text: str) -> str:
    text = text.translate(
        str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss"})
    )
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isalnum() and c.isascii()).lower()


def _domain(company: str, tld: str) -> str:
    return _ascii(company.split()[0]) + "." + tld


def person(stock: Stock, rng: random.Random, company: str) -> Person:
    first, last, gender = rng.choice(stock.get("names")).split("|")
    tld = rng.choice(stock.get("tld") or ["com"])
    return Person(first, last, gender == "f", company, _domain(company, tld))


def pair(stock: Stock, rng: random.Random) -> tuple[Person, Person]:
    """The sender (us) and the recipient (the buyer), never the same name."""
    sender = person(stock, rng, rng.choice(OUR_COMPANIES))
    sender = Person(
        sender.first,
        sender.last,
        sender.female,
        sender.company,
        _domain(sender.company, "com"),
    )
    recipient = person(stock, rng, rng.choice(stock.get("companies")))
    while recipient.first == sender.first:
        recipient = person(stock, rng, recipient.company)
    return sender, recipient


def date_fields(stock: Stock, rng: random.Random) -> dict[str, str]:
    """An earlier send date, spelled the way this language's mail clients print it."""
    day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(330))
    weekdays, months = stock.get("weekdays"), stock.get("months")
    return {
        "wd": weekdays[day.weekday()],
        "wds": weekdays[day.weekday()][:3],
        "d": str(day.day),
        "dd": f"{day.day:02d}",
        "m": f"{day.month:02d}",
        "mon": months[day.month - 1],
        "mons": months[day.month - 1][:3],
        "y": str(day.year),
        "hh": f"{rng.randrange(7, 19):02d}",
        "mm": f"{rng.randrange(60):02d}",
    }
