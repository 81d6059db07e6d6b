"""glibc's malloc arenas, capped for the process, and its free pages given back.

glibc gives each thread that allocates its own arena, up to eight per core, and an
arena keeps what it freed. A worker's thread pool (up to 40 threads) and the warm-up
thread then hold tens of megabytes apart: `guard serve` was at 324 MB at /readyz,
and 296-299 MB with two arenas at the same speed (bench/startup.py, README
"Measured"). This is what `MALLOC_ARENA_MAX=2` does; an operator's own value of that
variable wins.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from functools import cache
from typing import Any

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2


@cache
def _glibc() -> Any | None:
    """The C library, where it is glibc (has mallopt and malloc_trim); else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt, libc.malloc_trim  # noqa: B018  musl and others lack them
    except (OSError, AttributeError):
        return None
    return libc


def cap_arenas(arenas: int = ARENAS) -> bool:
    """Cap the arenas made from now on (call before the process starts threads);
    False where that is not glibc or the operator chose a value."""
    libc = _glibc()
    if libc is None or "MALLOC_ARENA_MAX" in os.environ:
        return False
    return bool(libc.mallopt(M_ARENA_MAX, arenas))


def give_back() -> None:
    """Return the heap's free pages to the system (glibc's malloc_trim): warm-up frees
    most of what it parsed and compiled, which would otherwise stay resident."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
