"""The writers' queue across the processes of one SQLite database (`--workers 2`).

Without it, a writer of the second process waits in SQLite's busy handler, which
sleeps in steps of up to 100 ms: a write of a millisecond or two is then waited for
for a tenth of a second (p99 over a second under load). Here the processes queue on
`flock` locks on two files beside the database instead, polled in steps of a tenth of
a millisecond up to the caller's deadline (a blocking `flock` could not be bounded).

Two locks make the queue fair: `turn` is the database's write turn; `next` is held by
the one process waiting for it. The holder of `turn` holds no `next`, so a process
that waits gets the turn when it is let go, before the holder's own next writer (who
must first get `next`). Within a process `FairLock` (guard/db.py) lines writers up,
so each process has one writer here at a time.

The kernel lets go of a process's flocks when it dies (even by SIGKILL). SQLite's own
lock (BEGIN IMMEDIATE) still guards the data: a writer that does not queue here (a
CLI command, the mail worker) is waited for by SQLite's busy handler as before.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
import weakref
from pathlib import Path

# Polling steps, seconds: the first tries come quickly (a write takes ~1-2 ms), then
# at most every STEP_MAX, so a waiter sees the lock free within that.
STEP_MIN = 0.00005
STEP_MAX = 0.0002


class FileLock:
    """An exclusive `flock` on `path`, waited for until a deadline (monotonic)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._pid = 0
        self._opening = threading.Lock()

    def _file(self) -> int:
        # Opened in the process that locks: a descriptor inherited over fork() shares
        # its lock with the parent's, and would exclude nothing.
        with self._opening:
            if self._fd is None or self._pid != os.getpid():
                # Read-only is enough to flock: a file another user's process (a CLI
                # run as root) created stays usable.
                self._fd = os.open(self.path, os.O_RDONLY | os.O_CREAT, 0o644)
                self._pid = os.getpid()
                weakref.finalize(self, os.close, self._fd)
            return self._fd

    def try_acquire(self) -> bool:
        try:
            fcntl.flock(self._file(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def acquire(self, deadline: float | None) -> bool:
        step = STEP_MIN
        while not self.try_acquire():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            time.sleep(step if left is None else min(step, left))
            step = min(step * 2, STEP_MAX)
        return True

    def release(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            fcntl.flock(self._fd, fcntl.LOCK_UN)


class ProcessQueue:
    """The write turn among processes, fair between them (see the module's docstring).

    One writer per process calls it at a time (the process's FairLock is held)."""

    def __init__(self, database: Path) -> None:
        self.turn = FileLock(database.with_name(database.name + "-writer.lock"))
        self.next = FileLock(database.with_name(database.name + "-next.lock"))

    def acquire(self, deadline: float | None) -> bool:
        # Always through `next`, even when `turn` looks free: another process may be
        # between two polls of it.
        if not self.next.acquire(deadline):
            return False
        try:
            return self.turn.acquire(deadline)
        finally:
            self.next.release()

    def release(self) -> None:
        self.turn.release()
