"""Microsoft Graph over plain HTTPS (httpx): an app-only token, throttling waited out.

The token comes from a client-credentials request to the authority; MSAL is not used
because it insists on https authorities, which a loopback stand-in cannot offer.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from guard.mail.source import MailSourceError

SCOPE = "https://graph.microsoft.com/.default"
_THROTTLED = (429, 503)
# A token is renewed this long before Graph would refuse it.
_TOKEN_MARGIN = 120.0


class GraphGone(MailSourceError):
    """410: the delta link expired; the caller starts over from a window."""


class GraphNotFound(MailSourceError):
    """404: no such item (a subscription Graph already dropped, a deleted message)."""


@dataclass(frozen=True, slots=True)
class GraphSettings:
    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    authority_url: str = "https://login.microsoftonline.com"
    base_url: str = "https://graph.microsoft.com/v1.0"
    # Waiting out Retry-After within one call adds up to at most this.
    max_wait: float = 30.0
    timeout: float = 30.0


class GraphClient:
    """One app registration's token and connection pool, shared by its mailboxes."""

    def __init__(self, settings: GraphSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(timeout=settings.timeout)
        self._lock = threading.Lock()
        self._token: tuple[str, float] | None = None  # (token, monotonic expiry)
        self.sleep = time.sleep

    @property
    def base_url(self) -> str:
        return self.settings.base_url.rstrip("/")

    def token(self) -> str:
        """The cached access token, fetched again shortly before it expires."""
        with self._lock:
            if self._token and time.monotonic() < self._token[1]:
                return self._token[0]
            self._token = self._fetch_token()
            return self._token[0]

    def _fetch_token(self) -> tuple[str, float]:
        s = self.settings
        url = f"{s.authority_url.rstrip('/')}/{s.tenant_id}/oauth2/v2.0/token"
        form = {
            "grant_type": "client_credentials",
            "client_id": s.client_id,
            "client_secret": s.client_secret,
            "scope": SCOPE,
        }
        try:
            response = self._http.post(url, data=form)
        except httpx.HTTPError as e:
            raise MailSourceError(f"token request to {url} failed: {e}") from e
        body = _json(response)
        if response.status_code != 200 or "access_token" not in body:
            why = body.get("error_description") or body.get("error") or response.text
            raise MailSourceError(
                f"token refused ({response.status_code}): {str(why)[:200]}; check "
                "GUARD_GRAPH_TENANT_ID, GUARD_GRAPH_CLIENT_ID and the client secret"
            )
        lifetime = float(body.get("expires_in", 3599))
        expiry = time.monotonic() + max(lifetime - _TOKEN_MARGIN, 0.0)
        return str(body["access_token"]), expiry

    def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """One call; 429/503 waited out by Retry-After within max_wait, 401 once
        retried with a fresh token. Raises MailSourceError (GraphGone on 410)."""
        if not url.startswith("http"):
            url = f"{self.base_url}/{url.lstrip('/')}"
        waited, renewed = 0.0, False
        while True:
            response = self._send(method, url, kwargs)
            if response.status_code == 401 and not renewed:
                self._token, renewed = None, True
                continue
            if response.status_code not in _THROTTLED:
                break
            pause = _retry_after(response)
            if waited + pause > self.settings.max_wait:
                raise MailSourceError(
                    f"Graph still throttling {method} {_path(url)} after "
                    f"{waited:.0f}s (asks for {pause:.0f}s more)"
                )
            self.sleep(pause)
            waited += pause
        if response.status_code == 410:
            raise GraphGone(f"{_path(url)}: the delta link expired (410)")
        if response.status_code == 404:
            raise GraphNotFound(f"Graph {method} {_path(url)}: not found")
        if response.status_code >= 400:
            raise MailSourceError(
                f"Graph {method} {_path(url)} answered {response.status_code}: "
                f"{_error(response)}"
            )
        return response

    def _send(self, method: str, url: str, kwargs: dict[str, Any]) -> httpx.Response:
        headers = {
            "Authorization": f"Bearer {self.token()}",
            **kwargs.get("headers", {}),
        }
        try:
            return self._http.request(method, url, **{**kwargs, "headers": headers})
        except httpx.HTTPError as e:
            raise MailSourceError(f"Graph {method} {_path(url)} failed: {e}") from e

    def get_json(self, url: str, **kwargs: Any) -> dict[str, Any]:
        return _json(self.request("GET", url, **kwargs))

    def close(self) -> None:
        self._http.close()


def _retry_after(response: httpx.Response) -> float:
    # Graph sends whole seconds; without the header, a short pause.
    try:
        return max(float(response.headers.get("Retry-After", "2")), 0.0)
    except ValueError:
        return 2.0


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _error(response: httpx.Response) -> str:
    error = _json(response).get("error")
    if isinstance(error, dict):
        return f"{error.get('code', '')} {error.get('message', '')}".strip()[:200]
    return response.text[:200]


def _path(url: str) -> str:
    # Never log a delta token or a query in full.
    return httpx.URL(url).path
