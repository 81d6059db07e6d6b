"""Turn one hand-written core into one rendered message.

Greeting, signature, quoted history, typos, HTML leftovers are all optional.

Every choice is drawn from the `random.Random` passed in:
a seed gives the same bytes on each run.
"""

import random
import re
import textwrap
import unicodedata

from people import Person, date_fields, pair
from stock import Core, Stock

GENDER = re.compile(r"\{([sr]):([^|{}]*)\|([^|{}]*)\}")
URL_OUR = re.compile(r"\{our\}\.(?=[a-z])")
URL_ME = re.compile(r"/\{me\}")
EMOJI = ["🙂", "🙏", "👍", "😊", "👋", "🤞"]
CID = "[cid:image00{n}.png@01DB{h}.5E1B7A90]"


def gendered(text: str, sender: Person, recipient: Person) -> str:
    """`{s:ravi|ravie}` agrees with the sender, `{r:...|...}` with the recipient."""

    def choose(match: re.Match) -> str:
        person = sender if match[1] == "s" else recipient
        return match[3] if person.female else match[2]

    return GENDER.sub(choose, text)


def fill(text: str, sender: Person, recipient: Person) -> str:
    """Put names in; in web addresses our company appears as its domain."""
    text = gendered(text, sender, recipient)
    site = sender.domain.split(".")[0]
    text = URL_OUR.sub(site + ".", text)
    text = URL_ME.sub("/" + sender.email.split(".")[0], text)
    return (
        text.replace("{first}", recipient.first)
        .replace("{co}", recipient.company)
        .replace("{our}", sender.company)
        .replace("{me}", sender.first)
    )


def paragraphs(core_text: str) -> list[str]:
    return [p.strip() for p in core_text.split("¶") if p.strip()]


def greeting(stock: Stock, rng: random.Random, register: str, recipient: Person) -> str:
    options = stock.get(f"greet_{register}")
    line = rng.choice(options)
    hon_f, hon_m = (stock.get("honorific") or ["|"])[0].split("|")
    line = line.replace("{hon}", hon_f if recipient.female else hon_m)
    line = gendered(line, recipient, recipient)
    line = line.replace("{first}", recipient.first).replace("{last}", recipient.last)
    return line.replace("{full}", recipient.full)


def signature(
    stock: Stock, en: Stock, rng: random.Random, register: str, sender: Person
) -> str:
    source = en if stock.language != "en" and rng.random() < 0.1 else stock
    signoff = rng.choice(source.get(f"signoff_{register}") or source.get("signoff_f"))
    signoff = gendered(signoff, sender, sender)
    title = rng.choice(stock.get("titles"))
    phone = rng.choice(stock.get("phone")).replace("#", str(rng.randrange(1000, 9999)))
    url = "www." + sender.domain
    shape = rng.randrange(8)
    blocks = [
        sender.first,
        sender.full,
        f"{sender.full}\n{title}\n{sender.company}",
        f"{sender.full} | {title} | {sender.company}\n{phone}\n{url}",
        f"--\n{sender.full}\n{title}, {sender.company}\n{phone}",
        f"{sender.first}\n\n{sender.full}\n{title}\n{sender.company} | {url}",
        f"{sender.full}\n{sender.email}",
        f"{sender.full}\n{title}\n[image: {sender.company}]\n{phone}",
    ]
    text = f"{signoff}\n{blocks[shape]}" if rng.random() < 0.85 else blocks[shape]
    if rng.random() < 0.08:
        text += "\n\n" + rng.choice(
            (stock if rng.random() < 0.7 else en).get("sent_from")
        )
    return text


def own_first_mail(
    stock: Stock, rng: random.Random, sender: Person, recipient: Person
) -> str:
    firsts = [c for c in stock.cores if c.kind == "first_touch"]
    core = rng.choice(firsts)
    body = "\n\n".join(paragraphs(fill(core.text, sender, recipient)))
    greet = greeting(stock, rng, core.register, recipient)
    signoff = gendered(
        rng.choice(stock.get(f"signoff_{core.register}")), sender, sender
    )
    return f"{greet}\n\n{body}\n\n{signoff}\n{sender.full}"


def quote_block(
    stock: Stock,
    rng: random.Random,
    author: Person,
    to: Person,
    subject: str,
    text: str,
) -> str:
    fields = date_fields(stock, rng) | {"name": author.full, "email": author.email}
    if rng.random() < 0.6:
        header = rng.choice(stock.get("wrote")).format(**fields)
        quoted = "\n".join(("> " + line).rstrip() for line in text.split("\n"))
        return f"{header}\n{quoted}"
    frm, sent, to_label, subj = stock.get("outlook")[0].split("|")
    sep = rng.choice(
        ["________________________________", "-----Original Message-----", ""]
    )
    date = rng.choice(stock.get("date_formats")).format(**fields)
    header = (
        f"{frm}: {author.full} <{author.email}>\n{sent}: {date}\n"
        f"{to_label}: {to.full} <{to.email}>\n{subj}: {subject}"
    )
    return f"{sep}\n{header}\n\n{text}".lstrip("\n")


def forward_block(
    stock: Stock, rng: random.Random, sender: Person, recipient: Person, subject: str
) -> str:
    first_mail = own_first_mail(stock, rng, sender, recipient)
    if rng.random() < 0.35:
        return quote_block(stock, rng, sender, recipient, subject, first_mail)
    fields = date_fields(stock, rng)
    frm, sent, to_label, subj = stock.get("outlook")[0].split("|")
    date = rng.choice(stock.get("date_formats")).format(**fields)
    head = rng.choice(stock.get("fwd_header"))
    return (
        f"{head}\n{frm}: {sender.full} <{sender.email}>\n{sent}: {date}\n"
        f"{subj}: {subject}\n{to_label}: {recipient.full} <{recipient.email}>\n\n"
        f"{first_mail}"
    )


def typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    for i in rng.sample(candidates, min(len(candidates), rng.randint(1, 2))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = (
            w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            if rng.random() < 0.7
            else w[:j] + w[j + 1 :]
        )
    return " ".join(words)


def html_leftovers(rng: random.Random, text: str) -> str:
    choice = rng.randrange(4)
    if choice == 0:
        return text.replace("\n\n", "<br><br>\n", 2)
    if choice == 1:
        return text.replace("\n", "&nbsp;\n", 3)
    if choice == 2:
        return (
            text
            + "\n\n"
            + CID.format(n=rng.randrange(1, 4), h=f"{rng.randrange(4096, 65535):X}")
        )
    return "<div>" + text.replace("\n\n", "</div>\n<div>", 1) + "</div>"


def short_form(
    stock: Stock, rng: random.Random, core: Core, sender: Person, recipient: Person
) -> str:
    """An SMS or LinkedIn message: one block, maybe a hello, maybe a name at the end."""
    body = " ".join(paragraphs(fill(core.text, sender, recipient)))
    roll = rng.random()
    # After "Hi Anna, " the sentence often goes on in lower case (not in English or
    # German, where the first word may be "I" or a noun).
    if roll < 0.5 and stock.language not in {"en", "de"} and rng.random() < 0.6:
        body = body[0].lower() + body[1:]
    if roll < 0.35:
        body = (
            greeting(stock, rng, core.register, recipient).rstrip(",!:") + ", " + body
        )
    elif roll < 0.5:
        body = f"{recipient.first}, {body}"
    if rng.random() < 0.3:
        body += rng.choice(
            [f" – {sender.first}", f"\n{sender.first}", f" /{sender.first}"]
        )
    return strip_accents(body) if rng.random() < 0.12 else body


def strip_accents(text: str) -> str:
    """Typed on a phone without the language's keyboard: é -> e, ł -> l, ø -> o."""
    text = text.translate(str.maketrans("łŁøØæÆß", "lLoOaAs"))
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", plain)


def earlier_nudge(
    stock: Stock, rng: random.Random, sender: Person, recipient: Person
) -> str:
    """A short nudge the sender already sent in this thread, unanswered."""
    nudges = [c for c in stock.cores if c.kind in {"nudge", "check_in"}]
    core = rng.choice(nudges)
    body = "\n\n".join(paragraphs(fill(core.text, sender, recipient)))
    return (
        f"{greeting(stock, rng, core.register, recipient)}\n\n{body}\n\n{sender.first}"
    )


def wrap(rng: random.Random, text: str) -> str:
    width = rng.choice([66, 72, 76])
    return "\n".join(
        textwrap.fill(line, width)
        if len(line) > width and not line.startswith(">")
        else line
        for line in text.split("\n")
    )


def new_pair(stock: Stock, rng: random.Random) -> tuple[Person, Person]:
    return pair(stock, rng)
