"""Render one core as one message: channel, subject, body, varied like real mail."""

import random

import compose as c
from stock import BUMP_KINDS, Core, Stock

# Follow-ups that may quote the sender's own first mail below them.
QUOTES_OWN_MAIL = (BUMP_KINDS - {"forwarded_first_mail", "one_line"}) | {
    "value_follow_up"
}
QUOTES_BUYER = {"answer", "recap", "post_sale"}


def channel(rng: random.Random, core: Core) -> str:
    short = len(core.text) <= 230
    if core.kind == "forwarded_first_mail":
        return "email"
    if core.kind == "one_line":
        return rng.choice(["sms", "linkedin", "linkedin", "sms", "email"])
    # Short messages that are not bumps go by SMS/LinkedIn too, so the channel alone
    # does not give the label away.
    rate = 0.45 if core.kind == "emoji_nudge" else 0.15
    rate = 0.25 if core.label == "not_bump" else rate
    if short and rng.random() < rate:
        return rng.choice(["sms", "linkedin"])
    return "email"


def subject(stock: Stock, rng: random.Random, core: Core, sender, recipient) -> str:
    topic = c.fill(rng.choice(stock.get("subjects")), sender, recipient)
    if core.kind == "first_touch" or (
        core.kind == "topic_words" and rng.random() < 0.6
    ):
        return topic
    if core.kind == "forwarded_first_mail" and rng.random() < 0.7:
        return f"{rng.choice(stock.get('fwd'))} {topic}"
    roll = rng.random()
    if roll < 0.7:
        return f"{rng.choice(stock.get('re'))} {topic}"
    return topic if roll < 0.9 else ""


def history(
    stock: Stock, rng: random.Random, core: Core, sender, recipient, subj: str
) -> str:
    topic = subj.split(" ", 1)[-1] if ":" in subj.split(" ", 1)[0] else subj
    if not topic:  # the quoted mail had a subject even when this one has none
        topic = c.fill(rng.choice(stock.get("subjects")), sender, recipient)
    if core.kind == "forwarded_first_mail":
        return c.forward_block(stock, rng, sender, recipient, topic)
    if core.kind in QUOTES_OWN_MAIL and rng.random() < 0.45:
        first = c.own_first_mail(stock, rng, sender, recipient)
        thread = c.quote_block(stock, rng, sender, recipient, topic, first)
        if rng.random() < 0.3:  # an earlier unanswered nudge sits between the two
            thread = c.earlier_nudge(stock, rng, sender, recipient) + "\n\n" + thread
            thread = c.quote_block(stock, rng, sender, recipient, topic, thread)
        return thread
    if core.kind in QUOTES_BUYER and rng.random() < 0.45:
        question = c.fill(rng.choice(stock.get("buyer_q")), sender, recipient)
        text = f"{question}\n\n{recipient.first}"
        return c.quote_block(stock, rng, recipient, sender, topic, text)
    return ""


def core_text(stock: Stock, rng: random.Random, core: Core, sender, recipient) -> str:
    paras = c.paragraphs(c.fill(core.text, sender, recipient))
    # Emoji are common in both labels: keep them from becoming a sign of a bump.
    emoji_rate = 0.05 if core.label == "bump" else 0.12
    if core.kind != "emoji_nudge" and rng.random() < emoji_rate:
        paras[-1] = paras[-1] + " " + rng.choice(c.EMOJI)
    if rng.random() < 0.15:
        paras = [c.typo(rng, p) for p in paras]
    if len(paras) > 1 and rng.random() < 0.15:
        paras = [" ".join(paras)]
    text = "\n\n".join(paras)
    return c.strip_accents(text) if rng.random() < 0.03 else text


def email_body(
    stock: Stock,
    en: Stock,
    rng: random.Random,
    core: Core,
    sender,
    recipient,
    subj: str,
) -> str:
    text = core_text(stock, rng, core, sender, recipient)
    roll = rng.random()
    if roll >= 0.8:
        text = text[0].upper() + text[1:]
    if roll < 0.7:
        greet = c.greeting(stock, rng, core.register, recipient)
        if rng.random() < 0.05:
            greet = greet[0].lower() + greet[1:]
        text = f"{greet}\n\n{text}" if rng.random() < 0.85 else f"{greet}\n{text}"
    elif roll < 0.8:
        text = f"{recipient.first},\n\n{text}"
    if rng.random() < 0.85:
        text += "\n\n" + c.signature(stock, en, rng, core.register, sender)
    if rng.random() < 0.1:
        text = c.wrap(rng, text)
    quoted = history(stock, rng, core, sender, recipient, subj)
    if quoted:
        text += "\n\n" + quoted
    if rng.random() < 0.1:
        text = c.html_leftovers(rng, text)
    return text


def render(stock: Stock, en: Stock, core: Core, rng: random.Random) -> dict[str, str]:
    sender, recipient = c.new_pair(stock, rng)
    chan = channel(rng, core)
    if chan == "email":
        subj = subject(stock, rng, core, sender, recipient)
        body = email_body(stock, en, rng, core, sender, recipient, subj)
    else:
        subj = ""
        body = c.short_form(stock, rng, core, sender, recipient)
    return {"channel": chan, "subject": subj, "body": body}
