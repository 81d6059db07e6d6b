"""What the application keeps for its lifetime (`app.state`), declared, and the one way
a request reaches it (`state_of`).

The web app fills it at start-up (guard/app.py), the MCP stdio server the same way
(guard/mcp/stdio.py); the database part of it is opened by `guard.db.open_database`.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, cast

from starlette.datastructures import State
from starlette.requests import HTTPConnection

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from guard.auth import KeyCache
    from guard.content.cache import ContentCache
    from guard.db import WriteLock
    from guard.hooks.registry import IntegrationCache
    from guard.learning.cache import ActiveModelCache
    from guard.policy import Policy
    from guard.settings import Settings


class GuardState(State):
    """`app.state`, with what it holds declared (Starlette keeps the values)."""

    settings: Settings
    # The pack loaded at start-up; `guard.policy.live_policy` adds the stored content
    # library and the active bump model.
    policy: Policy
    content: ContentCache
    models: ActiveModelCache
    # The database (guard.db.open_database).
    engine: Engine
    sessionmaker: sessionmaker[Session]
    read_sessionmaker: sessionmaker[Session]
    write_lock: WriteLock
    # The web app only: the hook's integrations, the languages still warming up, and
    # the MCP session manager started on first use (guard/mcp/http.py).
    integrations: IntegrationCache
    # Callers whose API keys this process has verified (guard.auth.KeyCache).
    keys: KeyCache
    warming: threading.Thread | None
    mcp: Any
    mcp_tasks: Any
    mcp_lock: Any


def state_of(connection: HTTPConnection) -> GuardState:
    """The application's state, as a request (or any connection) reaches it."""
    return cast(GuardState, connection.app.state)
