"""Varied outgoing mail for the benchmarks: a new ~140-word e-mail each time, in one
of the twelve supported languages, that brings words no earlier one had.

Built from the project's own training messages (rules/training/outgoing/): the
greeting of one message, body lines drawn from others in the same language until the
mail reaches 140 words, a made-up company name and figure (new words), and the
sign-off. So language identification runs on different text every time (and now and
then has to ask lingua), and the tokenizer keeps meeting words it has not seen.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from guard.analysis.model.data import load_training
from guard.analysis.text.language import SUPPORTED
from guard.analysis.text.prepare import prepare

WORDS = 140
_SYLLABLES = ("ka", "lo", "vri", "den", "mu", "sta", "qor", "bel", "xi", "nar", "tu")


@dataclass(frozen=True, slots=True)
class Mail:
    language: str
    subject: str
    body: str


def _pools() -> dict[str, tuple[list[list[str]], list[str]]]:
    """Per language: each message's own lines, and every line worth reusing."""
    messages: dict[str, list[list[str]]] = {lang: [] for lang in SUPPORTED}
    subjects: dict[str, list[str]] = {lang: [] for lang in SUPPORTED}
    for item in load_training("outgoing"):
        lines = [line.strip() for line in prepare(item["body"]).new_text.split("\n")]
        lines = [line for line in lines if line]
        body = [line for line in lines[1:-1] if _sentence(line)]
        if len(lines) >= 2 and body and item["language"] in messages:
            messages[item["language"]].append([lines[0], *body, lines[-1]])
            subjects[item["language"]].append(item.get("subject") or "")
    return {lang: (messages[lang], subjects[lang]) for lang in SUPPORTED}


def _sentence(line: str) -> bool:
    """A line of prose (not a name, an address or a quoted header)."""
    return (
        len(line.split()) >= 5 and not any(c in line for c in "@|") and line[-1] != ":"
    )


def new_word(rng: random.Random, n: int) -> str:
    """A made-up name, different for every `n`."""
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
    return f"{stem}{n}"


def mails(seed: int = 7) -> Iterator[Mail]:
    """An endless stream of varied mails, the languages taking turns."""
    rng = random.Random(seed)
    pools = _pools()
    n = 0
    while True:
        for lang in SUPPORTED:
            messages, subjects = pools[lang]
            frame = rng.choice(messages)
            body = [frame[0], ""]
            words = len(frame[0].split())
            name = new_word(rng, n)
            figure = rng.randint(11, 99_999)
            body.append(f"{name} ({figure})")
            while words < WORDS:
                line = rng.choice(rng.choice(messages)[1:-1])
                body.append(line)
                words += len(line.split())
            body += ["", frame[-1]]
            n += 1
            yield Mail(lang, rng.choice(subjects), "\n".join(body))
