"""The local copy of the integrations (key digests, modes, signing secrets).

It lets a server that starts while the database is down still verify its callers and
answer in each integration's fail mode. It holds signing secrets, so it is written
owner-only (0600) in an owner-only directory, and replaced atomically.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

log = logging.getLogger("guard.hooks")
VERSION = 1
_FIELDS = {"integration_id", "name", "mode", "secrets", "key_id"}


def write(path: Path, revision: str | None, callers: dict[str, dict[str, Any]]) -> None:
    """Replace the file with this copy; a failure is logged, never raised."""
    data = {"version": VERSION, "revision": revision, "integrations": callers}
    # Several server processes share the directory: each writes its own temporary file.
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        log.warning("cannot write the integrations snapshot %s: %s", path, exc)


def read(path: Path) -> tuple[str | None, dict[str, dict[str, Any]]] | None:
    """(revision, {key digest: caller fields}), or None when missing or unreadable."""
    try:
        data = json.loads(path.read_text())
        callers = data["integrations"]
        if data["version"] != VERSION or not all(
            set(fields) == _FIELDS for fields in callers.values()
        ):
            raise ValueError("unexpected layout")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("ignoring the integrations snapshot %s: %s", path, exc)
        return None
    for fields in callers.values():
        fields["secrets"] = tuple(fields["secrets"])
    return data["revision"], callers


def path_for(state_dir: Path, database_url: str) -> Path:
    """One file per database: servers of two databases never share a copy."""
    where = make_url(database_url).render_as_string(hide_password=True)
    digest = hashlib.sha256(where.encode()).hexdigest()[:16]
    return state_dir / f"integrations-{digest}.json"
