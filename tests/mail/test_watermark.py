"""The stored form of a poll position: round trip, refusal, advancing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from guard.mail.source import MailSourceError
from guard.mail.watermark import Watermark, advance

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


class TestWatermark:
    def test_round_trip(self) -> None:
        text = advance(None, [(T0, "a"), (T0, "b"), (T0 - timedelta(seconds=1), "c")])
        mark = Watermark.load(text)
        assert mark is not None and mark.received == T0
        assert mark.has_seen(T0, "a") and mark.has_seen(T0, "b")
        assert not mark.has_seen(T0, "c") and not mark.has_seen(T0, "d")

    def test_same_second_keeps_what_was_seen_before(self) -> None:
        first = Watermark.load(advance(None, [(T0, "a")]))
        second = Watermark.load(advance(first, [(T0, "b")]))
        assert (
            second is not None and second.has_seen(T0, "a") and second.has_seen(T0, "b")
        )

    def test_a_later_second_forgets_the_earlier_ids(self) -> None:
        first = Watermark.load(advance(None, [(T0, "a")]))
        later = T0 + timedelta(seconds=1)
        second = Watermark.load(advance(first, [(later, "b")]))
        assert (
            second is not None
            and second.seen == Watermark.load(advance(None, [(later, "b")])).seen
        )  # type: ignore[union-attr]

    def test_empty_batch_keeps_the_mark(self) -> None:
        assert advance(None, []) is None
        text = advance(None, [(T0, "a")])
        assert advance(Watermark.load(text), []) == text

    @pytest.mark.parametrize("text", ["yesterday", "2026-11-20T09:00:00|abc"])
    def test_refuses_what_it_did_not_write(self, text: str) -> None:
        with pytest.raises(MailSourceError, match="reset it"):
            Watermark.load(text)
