"""Chart geometry for inline SVG: the template draws the shapes computed here.

No charting library and no JavaScript: numbers in, rectangles and labels out, so the
charts render anywhere, print, and are readable by the page tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Verdict colours, from calm to alarming; the same palette as the badges in app.css.
COLOURS = {
    "allow": "#2e9e6b",
    "warn": "#d9a21b",
    "rewrite": "#4a7fd6",
    "defer": "#8b6fd6",
    "block": "#d4483b",
}


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str
    title: str


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "middle"


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    rects: list[Rect]
    labels: list[Label]
    gridlines: list[tuple[float, str]]  # y, value


def stacked_days(
    days: list[tuple[date, dict[str, int]]], verdicts: tuple[str, ...]
) -> Chart:
    """One bar per day, stacked by verdict (allow at the bottom)."""
    width, height, left, bottom, top = 1000, 230, 36, 24, 10
    plot_h = height - bottom - top
    peak = max([sum(c.values()) for _, c in days] + [1])
    scale = _nice(peak)
    slot = (width - left) / max(len(days), 1)
    rects, labels = [], []
    for i, (day, counts) in enumerate(days):
        x, y = left + i * slot + slot * 0.15, height - bottom
        for verdict in verdicts:
            n = counts.get(verdict, 0)
            if not n:
                continue
            h = plot_h * n / scale
            y -= h
            title = f"{day:%a %d %b}: {n} {verdict}"
            rects.append(
                Rect(
                    round(x, 1),
                    round(y, 1),
                    round(slot * 0.7, 1),
                    round(h, 1),
                    COLOURS[verdict],
                    title,
                )
            )
        if i % 7 == 0 or i == len(days) - 1:
            last = i == len(days) - 1
            at = round(x + slot * (0.7 if last else 0.35), 1)
            labels.append(
                Label(at, height - 6, f"{day:%d %b}", "end" if last else "middle")
            )
    grid = [
        (round(height - bottom - plot_h * v / scale, 1), str(v)) for v in _ticks(scale)
    ]
    return Chart(width, height, rects, labels, grid)


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float
    text: str  # what is printed at the end of the bar
    fill: str = "#4a7fd6"


def bars(items: list[Bar], *, maximum: float | None = None) -> Chart:
    """Horizontal bars, one row per item, labels on the left."""
    # Sized for a half-width card, so the text is drawn at about its natural size.
    width, row, left, right = 480, 26, 170, 72
    height = max(row * len(items) + 8, 40)
    peak = maximum or max([b.value for b in items] + [1])
    rects, labels = [], []
    for i, bar in enumerate(items):
        y = 4 + i * row
        w = (width - left - right) * (bar.value / peak if peak else 0)
        rects.append(
            Rect(
                left,
                y + 4,
                round(max(w, 1.5), 1),
                row - 10,
                bar.fill,
                f"{bar.label}: {bar.text}",
            )
        )
        labels.append(Label(left - 8, y + row / 2 + 4, bar.label, "end"))
        labels.append(Label(round(left + w + 6, 1), y + row / 2 + 4, bar.text, "start"))
    return Chart(width, height, rects, labels, [])


def _nice(peak: int) -> int:
    """A round axis maximum at or above `peak`: 5, 10, 20, 25, 50, 100, …"""
    step = 1
    while True:
        for m in (1, 2, 2.5, 5):
            if peak <= 5 * step * m:
                return int(5 * step * m)
        step *= 10


def _ticks(scale: int) -> list[int]:
    return [round(scale * k / 5) for k in range(1, 6)]
