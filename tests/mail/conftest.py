"""Fixtures for the mail sources: loopback EWS and Graph servers, sources on them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from guard.mail.ews import ExchangeSettings, ExchangeSource
from guard.mail.graph import GraphSource
from guard.mail.graph_client import GraphClient, GraphSettings

from .ews_server import PASSWORD, USER, EwsServer
from .graph_server import CLIENT_ID, CLIENT_SECRET, TENANT, GraphServer


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


@pytest.fixture
def graph() -> Iterator[GraphServer]:
    with GraphServer() as server:
        yield server


def graph_settings(graph: GraphServer, **overrides: object) -> GraphSettings:
    options: dict[str, object] = {
        "tenant_id": TENANT,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "authority_url": graph.authority,
        "base_url": graph.base_url,
        "max_wait": 5.0,
        "timeout": 5.0,
        **overrides,
    }
    return GraphSettings(**options)  # type: ignore[arg-type]


@pytest.fixture
def graph_source(graph: GraphServer) -> Callable[..., GraphSource]:
    """A GraphSource for sam@seller.example on the loopback Graph."""

    def make(mailbox: str = "sam@seller.example", **overrides: object) -> GraphSource:
        return GraphSource(GraphClient(graph_settings(graph, **overrides)), mailbox)

    return make
