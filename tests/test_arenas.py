"""glibc's malloc arenas are capped for `guard` processes (guard/arenas.py): the
operator's MALLOC_ARENA_MAX wins, and a process that asked gets the cap."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from guard.arenas import cap_arenas

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="glibc's mallopt"
)


def test_an_operators_own_arena_setting_is_left_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert cap_arenas() is False


def test_threads_share_the_capped_arenas() -> None:
    # Eight threads that allocate at once: without the cap glibc gives most of them an
    # arena of their own, each keeping what it frees; with it they share two.
    # malloc_stats() prints one "Arena N:" block per arena on stderr.
    script = """
import ctypes, sys, threading
from guard.arenas import cap_arenas
if sys.argv[1] == "cap":
    assert cap_arenas()
start = threading.Barrier(8)
def work():
    start.wait()
    keep = [bytearray(2000) for _ in range(2000)]
    start.wait()
ts = [threading.Thread(target=work) for _ in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
ctypes.CDLL("libc.so.6").malloc_stats()
"""
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    arenas = {}
    for mode in ("cap", "free"):
        done = subprocess.run(
            [sys.executable, "-c", script, mode],
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        arenas[mode] = done.stderr.count("Arena ")
    assert arenas["cap"] == 2
    assert arenas["free"] > 2
