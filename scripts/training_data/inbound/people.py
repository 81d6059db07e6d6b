"""Who writes: the prospect, the seller, their addresses, signatures and phones."""

from __future__ import annotations

import random
import unicodedata

VENDORS = [
    ("Brightpath Analytics", "brightpath.io"),
    ("Quantiva", "quantiva.com"),
    ("Ordinal Labs", "ordinallabs.com"),
    ("Tessellate Cloud", "tessellate.cloud"),
    ("Ferrovia Data", "ferrovia-data.com"),
    ("Helixa CRM", "helixa.io"),
    ("Lumora Software", "lumora.app"),
    ("Stackfield Nine", "stackfield9.com"),
    ("Parcelwise", "parcelwise.eu"),
    ("Verdant Pay", "verdantpay.com"),
]


def ascii_slug(text: str) -> str:
    """Latin letters only, for addresses ("Jürgen Groß" -> "jurgen.gross")."""
    text = (
        text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    )
    text = text.replace("Ø", "O").replace("Æ", "AE").replace("Ł", "L").replace("ı", "i")
    norm = unicodedata.normalize("NFKD", text)
    return "".join(
        c for c in norm if c.isascii() and (c.isalnum() or c in " .-")
    ).lower()


def digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)


def address(
    rng: random.Random, name: str, domain: str, latin: str | None = None
) -> str:
    base = ascii_slug(latin or name).split()
    if not base:
        base = ["info"]
    first, last = base[0], base[-1]
    style = rng.choice(["f.l", "f.l", "fl", "f", "f_l", "f-initial"])
    local = {
        "f.l": f"{first}.{last}",
        "fl": f"{first}{last}",
        "f": first,
        "f_l": f"{first}_{last}",
        "f-initial": f"{first[0]}.{last}",
    }[style]
    return f"{local}@{domain}"


def company_domain(rng: random.Random, company: str, tlds: list[str]) -> str:
    words = [w for w in ascii_slug(company).replace(".", " ").split() if w]
    stop = {
        "gmbh",
        "ag",
        "sa",
        "sas",
        "srl",
        "spa",
        "bv",
        "ab",
        "as",
        "oy",
        "ltd",
        "inc",
    }
    core = [w for w in words if w not in stop] or ["firma"]
    slug = "-".join(core[:2]) if rng.random() < 0.3 else "".join(core[:2])
    return f"{slug}.{rng.choice(tlds)}"


def person(rng: random.Random, lang: dict) -> dict:
    """One person at a company in this language's market."""
    entry = rng.choice(lang["names"])
    name, latin = (entry, None) if isinstance(entry, str) else entry
    company = rng.choice(lang["companies"])
    company, company_latin = (company, company) if isinstance(company, str) else company
    domain = company_domain(rng, company_latin, lang["tld"])
    return {
        "name": name,
        "first": lang.get("first_of", lambda n: n.split()[0])(name),
        "latin": latin,
        "company": company,
        "domain": domain,
        "addr": address(rng, name, domain, latin),
    }


def colleague(rng: random.Random, lang: dict, of: dict) -> dict:
    """Someone at the same company (an alternate contact)."""
    while True:
        other = person(rng, lang)
        if other["name"] != of["name"]:
            break
    other["company"], other["domain"] = of["company"], of["domain"]
    other["addr"] = address(rng, other["name"], of["domain"], other["latin"])
    return other


def vendor(rng: random.Random, lang: dict) -> dict:
    seller = person(rng, lang)
    company, domain = rng.choice(VENDORS)
    seller.update(company=company, domain=domain)
    seller["addr"] = address(rng, seller["name"], domain, seller["latin"])
    return seller


def signature(rng: random.Random, lang: dict, who: dict) -> str:
    """A signature block: some have only a name, some a full card."""
    style = rng.random()
    if style < 0.25:
        return who["first"] if rng.random() < 0.5 else who["name"]
    lines = [who["name"]]
    if rng.random() < 0.8:
        titles = lang.get("titles") or ["Head of Operations"]
        lines.append(rng.choice(titles))
    lines.append(who["company"])
    if style > 0.5:
        lines.append(digits(rng, rng.choice(lang["phones"])))
    if style > 0.7 and lang.get("addresses"):
        lines.extend(rng.choice(lang["addresses"]).split("\n"))
    if style > 0.85:
        lines.append(f"www.{who['domain']}")
    sep = rng.choice(["", "", "-- ", "--", "___"])
    return (sep + "\n" if sep else "") + "\n".join(lines)
