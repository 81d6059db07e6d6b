"""Compose one rewrite of a planned send from every rule that asked for one.

A rewrite never invents facts: it keeps the original's greeting, sentences and sign-off,
adds content-library suggestions, and otherwise only fixed sentences from
`templates/<lang>/rewrite.txt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import FileSystemLoader, StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment

from models.domain import (
    ContactContext,
    Finding,
    MessageAnalysis,
    PlannedSend,
    Suggestion,
    Verdict,
)

TEMPLATES = Path(__file__).parents[1] / "templates"
FALLBACK_LANGUAGE = "en"
MAX_STEPS = 3

BUMP = "bump.premature"
SCHEDULING = "replies.scheduling_link"
PREMATURE_ASK = "stage.premature_ask"
USE_CASE = "persona.use_case_missing"

# Spans that make a sentence go, per rule, when the finding itself points at nothing.
_NUDGES = frozenset(
    {"bump", "check_in", "breakup", "meeting_request", "scheduling_push"}
)
_FALLBACK_LABELS: dict[str, frozenset[str]] = {
    BUMP: _NUDGES,
    SCHEDULING: frozenset({"scheduling_push"}),
    PREMATURE_ASK: frozenset({"pricing", "contract", "demo", "meeting_request"}),
}
# Content follows only the rewrites that replace a push with the buyer's next steps.
_CONTENT_RULES = frozenset({BUMP, PREMATURE_ASK, USE_CASE})

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
# Quoted history starts at a "> " line, an "On … wrote:" line or a forwarded header.
_QUOTE = re.compile(
    r"^(>|-{2,}\s*\w[^\n]*-{2,}\s*$|(From|Von|De|Da|Van|Sent|Gesendet):\s"
    r"|[^\n]*\b(wrote|schrieb|a écrit|escribió|schreef|escreveu|ha scritto)\s?:\s*$)",
    re.MULTILINE | re.IGNORECASE,
)
# Not `\n{3,}`: a literal start lets the engine jump between line breaks.
_BLANK_LINES = re.compile(r"\n\n\n+")
# Where sentences end: after . ! ? … followed by a blank, and after every line break;
# dots inside URLs stay put. Sentences are stripped, so the whitespace around a cut
# may fall on either side of it. Matching the mark itself, not the blanks after it,
# lets the engine skip from mark to mark in C instead of stopping at every space.
_CUT = re.compile(r"[.!?…\n](?:(?<=\n)|(?=[ \t]))")
# A sentence has a letter or digit: `[^\W_]` matches exactly what str.isalnum accepts,
# without a Python-level loop over every character of the message.
_ALNUM = re.compile(r"[^\W_]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SIGNATURE_LINES = 8


class _Unit(NamedTuple):
    """A sentence of the original and where it sits in `analysis.text` (-1: unknown).

    A named tuple: built for every sentence of every rewrite, and a frozen dataclass
    costs several times more to construct.
    """

    text: str
    start: int = -1
    end: int = -1


def compose_rewrite(
    *,
    findings: Sequence[Finding],
    send: PlannedSend,
    ctx: ContactContext,
    analysis: MessageAnalysis,
    suggestions: Sequence[Suggestion],
) -> str | None:
    """The rewritten body, or None when no rule asked for one or nothing useful is left.

    `bump.premature` keeps greeting, substantive sentences and sign-off and adds next
    steps; `replies.scheduling_link` books through the contact's own link;
    `stage.premature_ask` drops the premature ask and offers the stage's next steps;
    `persona.use_case_missing` adds a use-case placeholder if there is content to cite.
    """
    asked = {f.rule for f in findings if f.verdict == Verdict.REWRITE}
    if not asked & {BUMP, SCHEDULING, PREMATURE_ASK, USE_CASE}:
        return None
    text = analysis.text
    start, end = _body_bounds(analysis)
    drop = _drop_ranges(findings, asked, analysis)
    units = (
        _substantive(analysis, start) if BUMP in asked else _sentences(text, start, end)
    )
    kept = [u for u in units if not _overlaps(u, drop, text)]
    steps = _steps(suggestions, ctx, kept) if asked & _CONTENT_RULES else []
    booking = _booking(findings, ctx) if SCHEDULING in asked else None
    if not kept and not steps and booking is None:
        return None
    context = {
        "greeting": analysis.greeting,
        "paragraphs": _paragraphs(kept, text),
        "booking": booking,
        "use_case": _use_case(ctx, steps) if USE_CASE in asked else None,
        "intro": _intro(asked),
        "steps": steps,
        "closing": _closing(analysis, drop_links=SCHEDULING in asked),
    }
    rewritten = _render(analysis.language, context)
    return None if _same(rewritten, text) else rewritten


def _intro(asked: set[str]) -> str:
    """Which fixed sentence introduces the next steps."""
    if BUMP in asked:
        return "value"  # a follow-up: "in the meantime, …"
    return "stage" if PREMATURE_ASK in asked else "reference"


def _render(language: str, context: dict[str, Any]) -> str:
    raw = _template(language).render(**context)
    lines = [line.rstrip() for line in raw.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


@cache
def _environment() -> SandboxedEnvironment:
    # Sandboxed: pack authors edit these templates; plain text, so no autoescape.
    return SandboxedEnvironment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=False,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )


@cache
def _template(language: str) -> Template:
    code = language if (TEMPLATES / language / "rewrite.txt").is_file() else None
    return _environment().get_template(f"{code or FALLBACK_LANGUAGE}/rewrite.txt")


def _same(rewritten: str, original: str) -> bool:
    # Equal word lists: the same as comparing the whitespace-normalised texts. Such
    # texts also hold as many of any letter, and counting one is far cheaper than
    # splitting both; a rewrite nearly always adds or drops some.
    if rewritten.count("e") != original.count("e"):
        return False
    return rewritten.split() == original.split()


# --- where things are in the original ----------------------------------------------


@lru_cache(maxsize=256)
def _quote_start(text: str) -> int:
    # Asked twice per rewrite (body bounds and closing), and _QUOTE scans every line.
    found = _QUOTE.search(text)
    return found.start() if found else len(text)


def _body_bounds(analysis: MessageAnalysis) -> tuple[int, int]:
    """Offsets of the text between greeting and sign-off (quoted history excluded)."""
    text = analysis.text
    end = _quote_start(text)
    start = 0
    if analysis.greeting:
        at = text.find(analysis.greeting, 0, end)
        start = at + len(analysis.greeting) if at >= 0 else 0
    if analysis.signoff:
        at = text.rfind(analysis.signoff, start, end)
        end = at if at >= 0 else end
    return start, end


def _closing(analysis: MessageAnalysis, *, drop_links: bool) -> str | None:
    """Sign-off plus the signature under it, without the seller's booking links."""
    if not analysis.signoff:
        return None
    text = analysis.text
    quote = _quote_start(text)
    at = text.rfind(analysis.signoff, 0, quote)
    if at < 0:
        return analysis.signoff.strip()
    lines = text[at:quote].strip().splitlines()[: _SIGNATURE_LINES + 1]
    if drop_links:
        links = analysis.scheduling_links
        lines = [line for line in lines if not any(link in line for link in links)]
    return "\n".join(line.rstrip() for line in lines).strip() or None


def _sentences(text: str, start: int, end: int) -> list[_Unit]:
    units: list[_Unit] = []
    cursor = start
    for stop in [*(cut.end() for cut in _CUT.finditer(text, start, end)), end]:
        piece = text[cursor:stop]
        if _ALNUM.search(piece):
            lead = len(piece) - len(piece.lstrip())
            units.append(
                _Unit(piece.strip(), cursor + lead, cursor + len(piece.rstrip()))
            )
        cursor = stop
    return units


def _substantive(analysis: MessageAnalysis, start: int) -> list[_Unit]:
    """The analyser's substantive sentences, located in the text where possible."""
    units: list[_Unit] = []
    cursor = start
    for sentence in analysis.substantive_sentences:
        sentence = sentence.strip()
        at = analysis.text.find(sentence, cursor) if sentence else -1
        if at < 0:
            units.append(_Unit(sentence))
            continue
        units.append(_Unit(sentence, at, at + len(sentence)))
        cursor = at + len(sentence)
    return [u for u in units if u.text]


def _occurrences(text: str, needle: str) -> Iterable[tuple[int, int]]:
    at = text.find(needle) if needle else -1
    while at >= 0:
        yield at, at + len(needle)
        at = text.find(needle, at + 1)


def _drop_ranges(
    findings: Sequence[Finding], asked: set[str], analysis: MessageAnalysis
) -> list[tuple[int, int]]:
    """Text ranges whose sentences go: each rule's evidence, else its span labels."""
    text = analysis.text
    ranges: list[tuple[int, int]] = []
    for rule in asked & _FALLBACK_LABELS.keys():
        asking = [
            f for f in findings if f.rule == rule and f.verdict == Verdict.REWRITE
        ]
        pointed = _evidence_ranges(asking, text)
        # A bump's every nudge goes, whatever the finding quoted.
        labels = _FALLBACK_LABELS[rule] if rule == BUMP or not pointed else ()
        spans = analysis.spans_for(*labels)
        ranges += pointed + [(s.start, s.end) for s in spans if s.field == "body"]
    if SCHEDULING in asked:
        for link in analysis.scheduling_links:
            ranges += _occurrences(text, link)
    return ranges


def _evidence_ranges(findings: Sequence[Finding], text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for evidence in (e for f in findings for e in f.evidence):
        if evidence.source != "message" or evidence.field not in (None, "body"):
            continue
        if evidence.start is not None and evidence.end is not None:
            ranges.append((evidence.start, evidence.end))
        elif evidence.text.strip():
            ranges += _occurrences(text, evidence.text.strip())
    return ranges


def _overlaps(unit: _Unit, ranges: Sequence[tuple[int, int]], text: str) -> bool:
    if unit.start < 0:
        # Not located (the analyser normalised it): look for the dropped words instead.
        return any(
            text[a:b].strip() and text[a:b].strip() in unit.text for a, b in ranges
        )
    return any(unit.start < b and a < unit.end for a, b in ranges)


def _paragraphs(units: Sequence[_Unit], text: str) -> list[str]:
    """Join kept sentences, keeping the original's paragraph and line breaks."""
    paragraphs: list[str] = []
    current = ""
    previous: _Unit | None = None
    for unit in units:
        gap = text[previous.end : unit.start] if previous and unit.start >= 0 else " "
        if previous is None:
            current = unit.text
        elif _PARAGRAPH_BREAK.search(gap):
            paragraphs.append(current)
            current = unit.text
        else:
            current += ("\n" if "\n" in gap else " ") + unit.text
        previous = unit if unit.start >= 0 else previous
    return [*paragraphs, current] if current else paragraphs


# --- what gets added ---------------------------------------------------------------


def _steps(
    suggestions: Sequence[Suggestion], ctx: ContactContext, kept: Sequence[_Unit]
) -> list[dict[str, str]]:
    """Up to three suggestions not already sent or already in the kept text."""
    kept_text = " ".join(u.text for u in kept)
    steps: list[dict[str, str]] = []
    seen = set(ctx.sent_links)
    for item in suggestions:
        if item.url in seen or item.url in kept_text or len(steps) >= MAX_STEPS:
            continue
        seen.add(item.url)
        line = (
            item.why
            if item.why.startswith(item.title)
            else f"{item.title} — {item.why}"
        )
        steps.append({"title": item.title, "url": item.url, "line": line})
    return steps


def _booking(findings: Sequence[Finding], ctx: ContactContext) -> dict[str, str | None]:
    """The contact's own scheduling link: the finding's inbound evidence first."""
    inbound = {str(i.id): i.scheduling_link for i in ctx.inbound if i.scheduling_link}
    for finding in findings:
        if finding.rule != SCHEDULING:
            continue
        for evidence in (e for e in finding.evidence if e.source == "inbound"):
            # The parsed link of the quoted reply is exact; a snippet may hold others.
            if evidence.id in inbound:
                return {"url": inbound[evidence.id]}
            found = _URL.search(evidence.text)
            if found:
                return {"url": found.group(0).rstrip(".,;:!?")}
    # Newest first: the link the contact offered last.
    return {"url": next(iter(inbound.values()), None)}


def _use_case(
    ctx: ContactContext, steps: Sequence[dict[str, str]]
) -> dict[str, str | None] | None:
    """A placeholder for the seller to fill in; only when there is content to cite."""
    if not steps:
        return None
    account = ctx.account.name if ctx.account is not None else None
    return {"account": account, "title": steps[0]["title"]}
