"""A CRM callback on loopback: records what it receives, answers a chosen status."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Callback:
    url: str
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    status: int = 204
    # Set: the first request waits for it before answering (a callback that hangs).
    hold: threading.Event | None = None
    # Each answer waits this long (a slow callback).
    delay: float = 0.0


@contextmanager
def callback_server(status: int = 204) -> Iterator[Callback]:
    state = Callback(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            state.received.append(
                ({k.lower(): v for k, v in self.headers.items()}, body)
            )
            if state.hold is not None and len(state.received) == 1:
                state.hold.wait(30)
            time.sleep(state.delay)
            self.send_response(state.status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_port}/cadence-guard/events"
    state.status = status
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
