"""Where the processes of one host keep their metric values (no prometheus import here).

prometheus-client decides at import time whether values live in memory or in files:
with PROMETHEUS_MULTIPROC_DIR set, every process writes its own files and a scrape sums
them, so `guard serve --workers N` and `guard worker` are counted together. So the
directory is chosen, and emptied of a previous run's files, before anything imports it.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare(state_dir: Path, role: str) -> Path:
    """Use `<state_dir>/metrics/<host>/<role>` for this process and its children.

    Each role (serve, worker) has its own folder so that one starting does not delete
    the files of the other, which may still be running; a scrape reads the host's
    folders. Replicas that share a state volume (compose's api1 and api2) each keep
    their own host folder: one restarting must not wipe the other's counts, and each
    is scraped on its own.
    """
    folder = role_folder(state_dir, role)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.db"):
        stale.unlink(missing_ok=True)
    os.environ[ENV] = str(folder)
    return folder


def role_folder(state_dir: Path, role: str) -> Path:
    return (state_dir / "metrics" / socket.gethostname() / role).resolve()


def current() -> Path | None:
    """The folder this process writes to, if it counts in files."""
    value = os.environ.get(ENV)
    return Path(value) if value else None
