"""The CLI imports its commands with the cyclic GC off and then freezes what is alive,
so neither the imports nor the warm-up keep rescanning ~200,000 long-lived objects
(~0.2-0.5 s CPU of `guard serve`'s start); the GC is on afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import gc, json
from guard.cli import imported_app
imported_app()
garbage = []
garbage.append(garbage)  # a cycle made after start-up is still collected
del garbage
print(json.dumps({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
                  "collected": gc.collect()}))
"""


def test_the_cli_starts_with_its_imports_frozen_and_the_gc_on() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["enabled"] is True
    assert result["frozen"] > 100_000
    assert result["collected"] >= 1
