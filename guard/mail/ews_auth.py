"""How the EWS source signs in: NTLM or basic with a service account, or OAuth2 client
credentials against the token endpoint the Exchange server trusts (AD FS for Exchange
Server with modern auth, or Entra ID for hybrid)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from exchangelib import BASIC, NTLM, OAUTH2, Credentials, Identity, OAuth2Credentials

if TYPE_CHECKING:
    from guard.mail.ews import ExchangeSettings

OAUTH = "OAuth2"


class TokenEndpointCredentials(OAuth2Credentials):
    """exchangelib's client credentials, with the token URL and scope set by us: its
    own are fixed to login.microsoftonline.com and Exchange Online."""

    def __init__(self, *, token_url: str, scope: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._token_url = token_url
        self._scope = scope

    @property
    def token_url(self) -> str:
        return self._token_url

    @property
    def scope(self) -> list[str]:
        return [self._scope]


def credentials(s: ExchangeSettings) -> tuple[Any, str]:
    """(exchangelib credentials, auth type) for the settings; for OAuth2 the username
    is the app's client id and the password its secret."""
    if s.auth_type != OAUTH:
        return Credentials(
            s.username, s.password
        ), NTLM if s.auth_type == NTLM else BASIC
    if not s.token_url:
        raise ValueError("OAuth2 needs the token endpoint (GUARD_EWS_TOKEN_URL)")
    creds = TokenEndpointCredentials(
        token_url=s.token_url,
        scope=s.oauth_scope,
        client_id=s.username,
        client_secret=s.password,
        identity=Identity(primary_smtp_address=s.mailbox),
    )
    return creds, OAUTH2
