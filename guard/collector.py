"""The cyclic garbage collector: kept off what start-up built and off a batch.

`guard` (guard/cli) freezes the objects made by importing the app. Warming up makes
many more (~125,000) that live as long as the process: pipelines, detectors, models.
Left unfrozen, every full collection rescans them. bench/batch.py's server, start-up
included, counted with gc.callbacks: 14-19 full collections costing 1.1-1.8 s CPU of
~17 before; 6-7 costing 0.3-0.4 s with the freeze and the batch's pause below.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from guard.arenas import give_back


def freeze_once_warm(warming: threading.Thread | None) -> None:
    """After `warming` (the warm-up's background thread, if any) ends, collect once
    and freeze. Only in a process that froze its imports (the `guard` command): a
    process that builds many apps, as the tests do, would pin each one's garbage."""
    if not gc.get_freeze_count():
        return

    def freeze() -> None:
        if warming is not None:
            warming.join()
        gc.collect()
        gc.freeze()
        give_back()

    threading.Thread(target=freeze, name="guard-gc-freeze", daemon=True).start()


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection while a batch decides: its 1,000 sends' contexts,
    analyses and rows live until the answer, and the collector rescanned them over
    and over (gen 0 and 1 every ~700 allocations, promoted ones in full collections).
    Reference counting still frees what is dropped; cyclic garbage waits for the
    first collection after, a second or so later. Process-wide: whoever found it on
    turns it back on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
