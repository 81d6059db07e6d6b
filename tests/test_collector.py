"""guard.collector: a batch pauses the cyclic GC and always turns it back on."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

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


WARM = """
import asyncio, gc, json, os, tempfile, threading
os.environ["GUARD_DATABASE_URL"] = "sqlite:///" + tempfile.mkdtemp() + "/g.db"
os.environ["GUARD_STATE_DIR"] = tempfile.mkdtemp()
from guard.cli import imported_app
imported_app()
from guard.app import create_app
from guard.migrate import prepare
prepare(os.environ["GUARD_DATABASE_URL"])
app = create_app()
at_import = gc.get_freeze_count()

async def serve():
    async with app.router.lifespan_context(app):
        for t in threading.enumerate():
            if t.name == "guard-gc-freeze":
                t.join()
asyncio.run(serve())
print(json.dumps({"at_import": at_import, "warm": gc.get_freeze_count(),
                  "enabled": gc.isenabled()}))
"""


def test_the_guard_command_freezes_what_warm_up_built() -> None:
    done = subprocess.run(
        [sys.executable, "-c", WARM],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["enabled"] is True
    # The pipelines, detectors and models of every language are now out of the
    # collector's sight too (hundreds of thousands of objects, not a handful).
    assert result["warm"] > result["at_import"] + 50_000, result
