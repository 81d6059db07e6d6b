"""Signing in with an unknown address verifies against a dummy hash, so the answer
time does not tell which addresses have accounts; the dummy is written out, not
hashed at every start (that cost 0.1-0.7 s of the cold start)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guard.web import users


def test_the_dummy_hash_costs_what_a_real_password_check_costs() -> None:
    # Same algorithm, memory, time and lanes as the hasher: as slow to verify.
    assert not users._hasher.check_needs_rehash(users._DUMMY_HASH)
    assert users._hasher.verify(users._DUMMY_HASH, "not-a-real-password")
    assert users.password_matches(None, "not-a-real-password") is False


def test_starting_hashes_no_password() -> None:
    script = (
        "import argon2\n"
        "calls = []\n"
        "real = argon2.PasswordHasher.hash\n"
        "argon2.PasswordHasher.hash = lambda self, *a, **k: calls.append(1) or real(self, *a, **k)\n"
        "import guard.web.users\n"
        "print(len(calls))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "0"
