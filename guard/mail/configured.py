"""The mail sources the settings configure (Exchange today; Graph can join here)."""

from __future__ import annotations

from guard.mail.source import MailSource
from guard.settings import Settings


def configured_sources(settings: Settings) -> list[MailSource]:
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
                access_type=settings.ews_access_type,
                max_wait=settings.ews_max_wait_seconds,
            )
        )
        for mailbox in settings.mailboxes
    ]
