"""SQLite writers of one process queue in arrival order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from guard.db import FairLock


def _until(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + 5
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.001)


def test_waiting_writers_get_the_lock_in_the_order_they_asked() -> None:
    lock = FairLock()
    served: list[int] = []

    def write(n: int) -> None:
        with lock:
            served.append(n)

    with lock:
        threads = []
        for n in range(8):
            thread = threading.Thread(target=write, args=(n,))
            thread.start()
            threads.append(thread)
            # The next writer arrives only once this one is queued.
            _until(lambda n=n: len(lock._waiters) == n + 1)
    for thread in threads:
        thread.join(timeout=5)
    assert served == list(range(8))


def test_a_writer_coming_back_at_once_waits_behind_the_queue() -> None:
    lock = FairLock()
    served: list[str] = []

    def write(name: str) -> None:
        with lock:
            served.append(name)

    lock.__enter__()
    waiters = [threading.Thread(target=write, args=(f"w{n}",)) for n in range(3)]
    for n, thread in enumerate(waiters):
        thread.start()
        _until(lambda n=n: len(lock._waiters) == n + 1)
    lock.__exit__()
    write("again")  # a plain threading.Lock lets this overtake the sleeping waiters
    for thread in waiters:
        thread.join(timeout=5)
    assert served == ["w0", "w1", "w2", "again"]


def test_the_lock_is_free_again_after_the_queue_drains() -> None:
    lock = FairLock()
    with lock:
        pass
    done = threading.Event()

    def write() -> None:
        with lock:
            done.set()

    threading.Thread(target=write).start()
    assert done.wait(timeout=5)


def test_a_waiter_whose_deadline_passes_leaves_the_queue() -> None:
    lock = FairLock()
    lock.acquire()
    assert lock.acquire(deadline=time.monotonic() + 0.05) is False
    assert not lock._waiters
    lock.release()
    with lock.within(time.monotonic() + 1):  # free again: taken at once
        pass


def test_within_raises_a_timeout_when_the_lock_stays_taken() -> None:
    lock = FairLock()
    with lock, pytest.raises(TimeoutError), lock.within(time.monotonic() + 0.05):
        pass  # pragma: no cover
