"""Run the real server (uvicorn, several workers) in a subprocess for a test."""

from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

# Any value but the development default, which only GUARD_ENV=development accepts.
TEST_SECRET = "test-only-secret-not-for-production"
# One regex cache for every test server of this checkout (each has its own state dir):
# only the first start compiles spaCy's and the inbound lexicon's expressions.
_CHECKOUT = hashlib.sha256(str(Path(__file__).resolve()).encode()).hexdigest()[:12]
CACHE_DIR = Path(tempfile.gettempdir()) / f"guard-test-cache-{_CHECKOUT}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(
    database_url: str, *, workers: int = 1, check_ready: bool = True, **env: str
) -> Iterator[str]:
    serving = server_process(
        database_url, workers=workers, check_ready=check_ready, **env
    )
    with serving as (base, _):
        yield base


@contextmanager
def server_process(
    database_url: str,
    *,
    workers: int = 1,
    check_ready: bool = True,
    port: int | None = None,
    log: Path | None = None,
    **env: str,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The server's address and its process (for tests that signal or kill it).

    Its stderr (the JSON log lines) goes to `log`, or a file in the temporary state
    dir: a pipe nobody reads would fill up and stall the server."""
    # Never the working directory: a test names its own state dir to keep a snapshot.
    with tempfile.TemporaryDirectory(prefix="guard-state-") as state:
        log = log or Path(state) / "server.log"
        env = {"GUARD_STATE_DIR": state, "GUARD_CACHE_DIR": str(CACHE_DIR), **env}
        yield from _serve(database_url, workers, check_ready, port, log, **env)


def _serve(
    database_url: str,
    workers: int,
    check_ready: bool,
    port: int | None,
    log: Path,
    **env: str,
) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = port or free_port()
    environ = {
        **os.environ,
        "GUARD_DATABASE_URL": database_url,
        "GUARD_ENV": "test",
        "GUARD_SECRET_KEY": TEST_SECRET,
        **env,
    }
    stderr = log.open("ab")
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
        stderr=stderr,
        # Its own process group: teardown stops uvicorn's worker processes too.
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base, proc, "/readyz" if check_ready else "/healthz", log)
        yield base, proc
    finally:
        _stop(proc)
        stderr.close()


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
    base: str,
    proc: subprocess.Popen[bytes],
    path: str,
    log: Path,
    timeout: float = 90.0,
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{base}{path}", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError("server did not become ready")
