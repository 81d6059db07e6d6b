"""Read one language's hand-written stock file (outgoing/stock/<lang>.txt).

The file has `[section]` headers followed by one entry per line. The `[cores]`
section holds `kind|register|text` lines: register `f` (formal: Sie/vous/Pan) or
`i` (informal), `¶` marks a paragraph break. Lines starting with `#` are comments.
"""

from dataclasses import dataclass
from pathlib import Path

BUMP_KINDS = frozenset(
    {
        "nudge",
        "check_in",
        "breakup",
        "scheduling_push",
        "decision_chase",
        "guilt_trip",
        "forwarded_first_mail",
        "small_talk_wrapped",
        "emoji_nudge",
        "one_line",
    }
)
NOT_BUMP_KINDS = frozenset(
    {"value_follow_up", "first_touch", "answer", "recap", "post_sale", "topic_words"}
)

STOCK_DIR = Path(__file__).resolve().parent / "stock"


@dataclass(frozen=True)
class Core:
    index: int
    kind: str
    register: str
    text: str

    @property
    def label(self) -> str:
        return "bump" if self.kind in BUMP_KINDS else "not_bump"


@dataclass(frozen=True)
class Stock:
    language: str
    sections: dict[str, list[str]]
    cores: list[Core]

    def get(self, name: str) -> list[str]:
        return self.sections.get(name, [])


def _parse_core(index: int, line: str, language: str) -> Core:
    kind, register, text = line.split("|", 2)
    kind, register = kind.strip(), register.strip()
    if kind not in BUMP_KINDS | NOT_BUMP_KINDS or register not in {"f", "i"}:
        raise ValueError(f"{language}: bad core line {line[:60]!r}")
    return Core(index, kind, register, text.strip())


def load(language: str) -> Stock:
    sections: dict[str, list[str]] = {}
    current = None
    for raw in (STOCK_DIR / f"{language}.txt").read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
            continue
        if current is None:
            raise ValueError(f"{language}: text before the first section: {line!r}")
        current.append(line)
    cores = [
        _parse_core(i, line, language)
        for i, line in enumerate(sections.pop("cores", []))
    ]
    return Stock(language, sections, cores)
