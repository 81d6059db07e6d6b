"""A loopback Microsoft Graph: the OAuth2 token endpoint and the mail calls the guard
makes, speaking Graph's JSON over real HTTP on 127.0.0.1 (a protocol-boundary double).

Delta links encode how many messages the mailbox had when the round ended; a next link
encodes the position inside a round. Tests steer it through attributes: `throttle`
(statuses to answer first), `expired` (delta tokens that answer 410), `messages`,
`oof` (automatic-reply settings per mailbox), `tips` (MailTips per address).
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

TENANT = "contoso-tenant"
CLIENT_ID = "guard-app"
CLIENT_SECRET = "s3cret"
SCOPE = "https://graph.microsoft.com/.default"


@dataclass
class Message:
    id: str
    mailbox: str
    received: datetime
    sender: str
    subject: str
    body: str
    message_id: str
    headers: dict[str, str] = field(default_factory=dict)
    # False: internetMessageHeaders is empty, as for some items; $value has them.
    headers_in_json: bool = True

    def json(self) -> dict[str, Any]:
        stamp = self.received.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {
            "id": self.id,
            "subject": self.subject,
            "from": {"emailAddress": {"address": self.sender}},
            "toRecipients": [{"emailAddress": {"address": self.mailbox}}],
            "receivedDateTime": stamp,
            "sentDateTime": stamp,
            "internetMessageId": self.message_id,
            "body": {"contentType": "text", "content": self.body},
        }

    def mime(self) -> bytes:
        msg = EmailMessage()
        msg["From"] = self.sender
        msg["To"] = self.mailbox
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(self.received)
        msg["Message-ID"] = self.message_id
        for name, value in self.headers.items():
            msg[name] = value
        msg.set_content(self.body)
        return bytes(msg)


class GraphServer:
    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.throttle: list[tuple[int, int]] = []  # (status, Retry-After seconds)
        self.expired: set[str] = set()
        self.oof: dict[str, dict[str, Any]] = {}
        self.tips: dict[str, dict[str, Any]] = {}
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.subscriptions_made = 0
        self.token_lifetime = 3600
        self.tokens_issued = 0
        self.requests: list[tuple[str, str]] = []  # (method, path?query)
        self.tip_requests: list[list[str]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))

    @property
    def authority(self) -> str:
        return f"http://127.0.0.1:{self._server.server_port}"

    @property
    def base_url(self) -> str:
        return f"{self.authority}/v1.0"

    def __enter__(self) -> GraphServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def token(self) -> str:
        return f"token-{self.tokens_issued}"

    def calls(self, fragment: str) -> list[str]:
        return [path for _, path in self.requests if fragment in path]

    # --- mail ---------------------------------------------------------------------

    def delta(self, mailbox: str, query: dict[str, str], size: int) -> tuple[int, Any]:
        mine = [m for m in self.messages if m.mailbox == mailbox]
        if "$deltatoken" in query:
            token = query["$deltatoken"]
            if token in self.expired:
                return 410, {"error": {"code": "SyncStateNotFound", "message": "gone"}}
            start, end = int(token), len(mine)
        elif "$skiptoken" in query:
            start, end = map(int, query["$skiptoken"].split("-"))
        else:
            since = _filter_since(query.get("$filter", ""))
            skipped = [i for i, m in enumerate(mine) if m.received < since]
            start, end = (max(skipped) + 1 if skipped else 0), len(mine)
        page = mine[start : min(start + size, end)]
        link = f"{self.base_url}/users/{mailbox}/mailFolders/inbox/messages/delta"
        body: dict[str, Any] = {"value": [m.json() for m in page]}
        if start + size < end:
            body["@odata.nextLink"] = f"{link}?$skiptoken={start + size}-{end}"
        else:
            body["@odata.deltaLink"] = f"{link}?$deltatoken={end}"
        return 200, body

    def message(self, item_id: str) -> Message | None:
        return next((m for m in self.messages if m.id == item_id), None)


def _filter_since(expr: str) -> datetime:
    found = re.search(r"receivedDateTime ge (\S+)", expr)
    if not found:
        return datetime.min.replace(tzinfo=UTC)
    return datetime.fromisoformat(found.group(1).replace("Z", "+00:00"))


def _handler(graph: GraphServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self._serve("POST")

        def do_GET(self) -> None:
            self._serve("GET")

        def do_PATCH(self) -> None:
            self._serve("PATCH")

        def do_DELETE(self) -> None:
            self._serve("DELETE")

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length) if length else b""
            with graph._lock:
                graph.requests.append((method, unquote(self.path)))
                status, body, headers = _route(graph, self, method, data)
            payload = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            kind = "message/rfc822" if isinstance(body, bytes) else "application/json"
            self.send_header("Content-Type", kind)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


def _route(
    graph: GraphServer, req: BaseHTTPRequestHandler, method: str, data: bytes
) -> tuple[int, Any, dict[str, str]]:
    url = urlsplit(req.path)
    path = unquote(url.path)
    query = {k: v[0] for k, v in parse_qs(url.query).items()}
    if path == f"/{TENANT}/oauth2/v2.0/token":
        return _token(graph, data)
    if req.headers.get("Authorization") != f"Bearer {graph.token()}":
        return 401, {"error": {"code": "InvalidAuthenticationToken"}}, {}
    if graph.throttle:
        status, wait = graph.throttle.pop(0)
        return (
            status,
            {"error": {"code": "TooManyRequests"}},
            {"Retry-After": str(wait)},
        )
    return _graph(graph, req, method, path.removeprefix("/v1.0"), query, data)


def _token(graph: GraphServer, data: bytes) -> tuple[int, Any, dict[str, str]]:
    form = {k: v[0] for k, v in parse_qs(data.decode()).items()}
    wanted = {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": SCOPE,
    }
    if form != wanted:
        return 401, {"error": "invalid_client", "error_description": "bad secret"}, {}
    graph.tokens_issued += 1
    body = {
        "token_type": "Bearer",
        "expires_in": graph.token_lifetime,
        "access_token": graph.token(),
    }
    return 200, body, {}


_USER = re.compile(r"^/users/([^/]+)/(.+)$")


def _graph(
    graph: GraphServer,
    req: BaseHTTPRequestHandler,
    method: str,
    path: str,
    query: dict[str, str],
    data: bytes,
) -> tuple[int, Any, dict[str, str]]:
    if path.startswith("/subscriptions"):
        return _subscriptions(graph, method, path, json.loads(data or b"{}"))
    found = _USER.match(path)
    if not found:
        return 404, {"error": {"code": "NotFound"}}, {}
    mailbox, rest = found.group(1).lower(), found.group(2)
    if rest == "mailFolders/inbox/messages/delta":
        prefer = req.headers.get("Prefer", "")
        size = re.search(r"odata.maxpagesize=(\d+)", prefer)
        status, body = graph.delta(mailbox, query, int(size.group(1)) if size else 10)
        return status, body, {}
    if rest == "mailboxSettings/automaticRepliesSetting":
        return 200, graph.oof.get(mailbox, {"status": "disabled"}), {}
    if rest == "getMailTips":
        return _tips(graph, json.loads(data))
    return _message(graph, rest)


def _message(graph: GraphServer, rest: str) -> tuple[int, Any, dict[str, str]]:
    item_id, _, tail = rest.removeprefix("messages/").partition("/")
    msg = graph.message(item_id)
    if msg is None:
        return 404, {"error": {"code": "ErrorItemNotFound"}}, {}
    if tail == "$value":
        return 200, msg.mime(), {}
    pairs = [{"name": k, "value": v} for k, v in msg.headers.items()]
    return 200, {"internetMessageHeaders": pairs if msg.headers_in_json else []}, {}


def _tips(graph: GraphServer, body: dict[str, Any]) -> tuple[int, Any, dict[str, str]]:
    asked = [a.lower() for a in body.get("EmailAddresses", [])]
    graph.tip_requests.append(asked)
    value = [
        {
            "emailAddress": {"address": a},
            "automaticReplies": graph.tips.get(a, {"message": ""}),
        }
        for a in asked
    ]
    return 200, {"value": value}, {}


def _subscriptions(
    graph: GraphServer, method: str, path: str, body: dict[str, Any]
) -> tuple[int, Any, dict[str, str]]:
    sub_id = path.removeprefix("/subscriptions").strip("/")
    if method == "POST":
        graph.subscriptions_made += 1
        sub_id = f"sub-{graph.subscriptions_made}"
        graph.subscriptions[sub_id] = {**body, "id": sub_id}
        return 201, graph.subscriptions[sub_id], {}
    if sub_id not in graph.subscriptions:
        return 404, {"error": {"code": "ResourceNotFound"}}, {}
    if method == "PATCH":
        graph.subscriptions[sub_id].update(body)
        return 200, graph.subscriptions[sub_id], {}
    del graph.subscriptions[sub_id]
    return 204, b"", {}
