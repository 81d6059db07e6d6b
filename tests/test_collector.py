"""guard.collector: a batch pauses the cyclic GC and always turns it back on."""

from __future__ import annotations

import gc

import pytest

from guard.collector import paused


def test_a_batch_that_fails_still_turns_the_collector_back_on() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused():
        assert not gc.isenabled()
        raise RuntimeError("an item's error the batch did not catch")
    assert gc.isenabled()


def test_a_pause_inside_another_leaves_it_to_the_outer_one() -> None:
    # Two batches on two threads: the one that found the collector on turns it on.
    with paused():
        with paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
