"""The benchmark summary the README quotes from: every figure, none picked by hand."""

from __future__ import annotations

from bench.summary import render, rows


def test_every_scalar_becomes_a_row_and_samples_are_counted() -> None:
    data = {
        "benchmark": "webhook",
        "at": "2026-12-07T19:00:00Z",
        "machine": {"cpu_count": 2},
        "checks": {"per_second": 712.5, "p99_ms": 14.2},
        "request_ms": [1.0] * 100,
        "verdicts": ["allow", "warn"],
    }
    assert rows(data) == [
        ("checks.per_second", "712.5"),
        ("checks.p99_ms", "14.2"),
        ("request_ms", "100 values"),
        ("verdicts", "allow, warn"),
    ]


def test_the_summary_names_its_date_machine_and_each_run() -> None:
    text = render(
        [{"benchmark": "batch", "at": "2026-12-07T19:00:00Z", "total_s": 2.9}]
    )
    assert "Machine: " in text and " cores " in text
    assert "## batch (run 2026-12-07T19:00:00Z)" in text
    assert "| total_s | 2.9 |" in text
