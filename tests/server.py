"""Run the real server (uvicorn, several workers) in a subprocess for a test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(
    database_url: str, *, workers: int = 1, check_ready: bool = True, **env: str
) -> Iterator[str]:
    # Never the working directory: a test names its own to keep a snapshot.
    with tempfile.TemporaryDirectory(prefix="guard-state-") as state:
        env = {"GUARD_STATE_DIR": state, **env}
        yield from _serve(database_url, workers, check_ready, **env)


def _serve(
    database_url: str, workers: int, check_ready: bool, **env: str
) -> Iterator[str]:
    port = free_port()
    environ = {
        **os.environ,
        "GUARD_DATABASE_URL": database_url,
        "GUARD_ENV": "test",
        **env,
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "guard",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # Its own process group: teardown stops uvicorn's worker processes too.
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc, "/readyz" if check_ready else "/healthz")
        yield base
    finally:
        _stop(proc)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)
    except ProcessLookupError:
        pass


def _wait_ready(
    # Three workers each build their language pipelines: on a loaded 2-core machine
    # that has taken over 30 s.
    base: str,
    proc: subprocess.Popen[bytes],
    path: str,
    timeout: float = 90.0,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"{base}{path}", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("server did not become ready")
