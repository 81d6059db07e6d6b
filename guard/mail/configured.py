"""The mail sources the settings configure: Graph (Exchange Online) or EWS."""

from __future__ import annotations

from functools import lru_cache

from guard.mail.graph import GraphSource
from guard.mail.graph_client import GraphClient, GraphSettings
from guard.mail.source import MailSource
from guard.settings import Settings


def configured_sources(settings: Settings) -> list[MailSource]:
    if settings.mail_source == "graph":
        return list(graph_sources(settings))
    if not (settings.ews_endpoint and settings.mailboxes):
        return []
    # Here, not at the top: exchangelib takes a second to import, and a worker without
    # mailboxes (most of them) need not pay it at every start.
    from guard.mail.ews import ExchangeSettings, ExchangeSource

    password = settings.ews_password.get_secret_value() if settings.ews_password else ""
    return [
        ExchangeSource(
            ExchangeSettings(
                service_endpoint=settings.ews_endpoint,
                username=settings.ews_username or mailbox,
                password=password,
                mailbox=mailbox,
                auth_type=settings.ews_auth_type,
                token_url=settings.ews_token_url,
                oauth_scope=settings.ews_oauth_scope,
                access_type=settings.ews_access_type,
                max_wait=settings.ews_max_wait_seconds,
                sync_folder_items=settings.ews_sync_folder_items,
                window_days=settings.ews_window_days,
            )
        )
        for mailbox in settings.mailboxes
    ]


def graph_sources(settings: Settings) -> list[GraphSource]:
    """One source per rep mailbox, all sharing one client (one token, one pool)."""
    secret = settings.graph_client_secret
    if not (settings.graph_tenant_id and settings.graph_client_id and secret):
        return []
    client = graph_client(
        GraphSettings(
            tenant_id=settings.graph_tenant_id,
            client_id=settings.graph_client_id,
            client_secret=secret.get_secret_value(),
            authority_url=settings.graph_authority_url,
            base_url=settings.graph_base_url,
            max_wait=settings.graph_max_wait_seconds,
        )
    )
    return [
        GraphSource(
            client,
            mailbox,
            window_days=settings.graph_window_days,
            tip_domains=settings.mailtips_domains,
        )
        for mailbox in settings.graph_mailbox_list
    ]


@lru_cache(maxsize=8)
def graph_client(settings: GraphSettings) -> GraphClient:
    # Cached so that the worker's passes reuse the token until it expires.
    return GraphClient(settings)
