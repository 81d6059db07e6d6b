"""Fixtures for the mail sources: a loopback EWS server and a source pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from guard.mail.ews import ExchangeSettings, ExchangeSource

from .ews_server import PASSWORD, USER, EwsServer


@pytest.fixture
def ews() -> Iterator[EwsServer]:
    with EwsServer() as server:
        yield server


@pytest.fixture
def make_source(ews: EwsServer) -> Callable[..., ExchangeSource]:
    """Build an ExchangeSource for the loopback server; keyword overrides apply."""

    def make(**overrides: object) -> ExchangeSource:
        options: dict[str, object] = {
            "service_endpoint": ews.url,
            "username": USER,
            "password": PASSWORD,
            "mailbox": "sam@seller.example",
            "auth_type": "basic",  # plain HTTP on loopback; NTLM needs a handshake
            "max_wait": 2.0,
            "retry_wait": 0.05,
            "request_timeout": 5.0,
            **overrides,
        }
        return ExchangeSource(ExchangeSettings(**options))  # type: ignore[arg-type]

    return make
