"""A loopback EWS endpoint: enough SOAP for exchangelib's FindItem, SyncFolderItems,
GetItem, GetFolder, GetUserOofSettings and GetMailTips, with fault injection."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from lxml import etree

from .ews_xml import ANSWERS, Fault, Item, Oof, S, busy_fault, envelope

__all__ = ["PASSWORD", "USER", "EwsServer", "Fault", "Item", "Oof"]
USER, PASSWORD = "svc-guard@seller.example", "s3cret"
TOKEN = "ews-token-1"


class EwsServer:
    """Serves in a thread on 127.0.0.1; use as a context manager."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.faults: list[Fault] = []
        self.oof: dict[str, Oof] = {}
        self.tips: dict[str, Oof] = {}  # recipient -> OOF as MailTips reports it
        self.ops: list[str] = []  # every operation received, in order
        # Called with each operation's name before it is answered.
        self.on_request: Callable[[str], None] | None = None
        # OAuth2: the token POST /token hands out for the client credentials; a
        # request carrying it as a Bearer token is let in.
        self.token_requests: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.ews = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
        )

    @property
    def token_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/token"

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/EWS/Exchange.asmx"

    def __enter__(self) -> EwsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def take_fault(self, op: str) -> Fault | None:
        with self.lock:
            self.ops.append(op)
            for fault in self.faults:
                if fault.op in (None, op) and fault.times != 0:
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as exchangelib's session expects
    disable_nagle_algorithm = True  # else each answer waits out a delayed ACK

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet tests

    def do_POST(self) -> None:
        data = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if self.path == "/token":
            return self._token(data)
        if not self._authorised():
            return self._send(401, b"", "text/plain", {"WWW-Authenticate": "Basic"})
        body = etree.fromstring(data).find(f"{{{S}}}Body")[0]
        op = etree.QName(body).localname
        server: EwsServer = self.server.ews  # type: ignore[attr-defined]
        if server.on_request is not None:
            server.on_request(op)
        fault = server.take_fault(op)
        if fault and fault.mode == "hang":
            time.sleep(fault.hang_seconds)  # longer than the client's request timeout
            return self._send(500, b"too late", "text/plain")
        if fault and fault.mode == "http500":
            return self._send(500, b"Internal Server Error", "text/plain")
        if fault:
            return self._send(500, busy_fault(fault.backoff_ms).encode(), "text/xml")
        answer = ANSWERS.get(op)
        if answer is None:
            return self._send(
                500, fault("ErrorInvalidRequest", op).encode(), "text/xml"
            )
        self._send(200, envelope(answer(server, body)).encode(), "text/xml")

    def _authorised(self) -> bool:
        expected = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        given = self.headers.get("Authorization")
        return given in (f"Basic {expected}", f"Bearer {TOKEN}")

    def _token(self, data: bytes) -> None:
        form = {k: v[0] for k, v in parse_qs(data.decode()).items()}
        server: EwsServer = self.server.ews  # type: ignore[attr-defined]
        server.token_requests.append(form)
        if (form.get("client_id"), form.get("client_secret")) != (USER, PASSWORD):
            return self._send(401, b'{"error": "invalid_client"}', "application/json")
        answer = {"access_token": TOKEN, "token_type": "Bearer", "expires_in": 3600}
        self._send(200, json.dumps(answer).encode(), "application/json")

    def _send(
        self,
        status: int,
        payload: bytes,
        ctype: str,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)
