"""Settings from the environment (prefix GUARD_), validated once at start-up."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_DEV_SECRET = "dev-only-secret-change-me"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GUARD_", extra="ignore")

    env: Literal["development", "production", "test"] = "development"
    database_url: str = "sqlite:///./guard.db"
    # "transaction": GUARD_DATABASE_URL points at a pooler that hands out a server
    # connection per transaction (PgBouncer pool_mode=transaction): no server-side
    # prepared statements, and the statement and lock timeouts set in each
    # transaction instead of once per connection (docs/scaling.md).
    database_pooling: Literal["session", "transaction"] = "session"
    # None: the packs shipped in rules/ (default.yaml and framework.yaml).
    policy_pack: Path | None = None
    framework: Path | None = None
    content_library: Path | None = None
    fallback_mode: Literal["fail_open", "fail_closed"] = "fail_open"
    # The CRM's own timeout is 15-30 s; answering in 2 s leaves it room to act.
    fallback_budget_seconds: float = Field(2.0, gt=0, le=30)
    fallback_defer_minutes: int = Field(60, ge=1)
    # Every server process reads one row this often to learn of revoked keys and
    # rotated secrets: a revocation takes effect everywhere within a second.
    revocation_poll_seconds: float = Field(0.5, gt=0, le=1)
    # Local state: the integrations snapshot that lets a server started while the
    # database is down still verify callers and answer in their fail mode.
    state_dir: Path = Path("guard-state")
    # Compiled regular expressions kept between starts (guard/analysis/text/
    # regex_cache.py); None: <state_dir>/cache. Several deployments (or test servers)
    # on one machine may share one; it may be read-only once filled (an image).
    cache_dir: Path | None = None
    # A statement (lock waits included) longer than this is a stuck database. It must
    # cover a burst of checks queueing on one contact's row lock (20 at ~50 ms each).
    statement_timeout_ms: int = Field(5000, ge=50)
    sqlite_busy_timeout_ms: int = Field(5000, ge=0)
    # A write waits this long for its turn (the write lock, a connection) before the
    # caller gets 503 with Retry-After. The pre-dispatch hook waits its budget instead.
    write_wait_seconds: float = Field(5.0, gt=0, le=60)
    secret_key: str = _DEV_SECRET
    default_absence_days: int = Field(7, ge=1, le=60)
    review_expiry_hours: int = Field(72, ge=1)
    # A touch a check recorded counts as provisional this long after its send time,
    # then, unconfirmed by the CRM, no longer at all. A CRM sends within minutes of the
    # check and reports sends at the latest in its nightly activity sync: a day covers
    # both, and is shorter than the default 2-business-day gap, so a send that never
    # went out holds the buyer's next touch back by a day at most. Up to 60 days (the
    # history the checks read): for a CRM that never reports its sends.
    provisional_touch_hours: int = Field(24, ge=1, le=60 * 24)
    # Message bodies and request payloads older than this are purged (decisions,
    # findings without quotes, counts and digests stay): `guard retention run`, daily.
    retention_days: int = Field(180, ge=1, le=3650)
    # A supervised agent's first sends to each account go to a manager, whatever the
    # verdict: a new account is where an agent's mistakes cost the most.
    agent_review_first_sends: int = Field(3, ge=0, le=1000)
    # CRM callbacks (review decisions): 12 attempts with doubling waits from 30 s,
    # capped at 6 h, span about two days: a callback down over a weekend loses nothing.
    outbox_max_attempts: int = Field(12, ge=1)
    outbox_backoff_seconds: float = Field(30.0, gt=0)
    outbox_backoff_cap_seconds: float = Field(6 * 3600.0, gt=0)
    # A callback slower than this counts as failed and is retried; the drain moves on.
    outbox_timeout_seconds: float = Field(5.0, gt=0, le=60)
    # A leased event is invisible to other workers this long; a pass stops posting
    # before its leases run out, so no second worker re-sends what this one still holds.
    outbox_lease_seconds: float = Field(120.0, ge=1)
    # Callbacks must be https to a public address; true only for tests and local demos
    # whose CRM listens on loopback or a private network.
    allow_private_callbacks: bool = False
    # Manager pages: a sign-in lasts a working day.
    session_max_age_seconds: int = Field(12 * 3600, ge=60)
    max_message_bytes: int = 256 * 1024
    max_mime_bytes: int = 2 * 1024 * 1024
    max_batch_items: int = 1000
    # 1,000 sends of a few KB each fit with room to spare; a batch of 256 KB messages
    # should be split, not buffered whole by one worker.
    max_batch_bytes: int = 16 * 1024 * 1024
    # Exchange (EWS) mailboxes polled for replies; empty: no mail sync.
    ews_endpoint: str | None = None  # https://mail.example.com/EWS/Exchange.asmx
    ews_username: str | None = None
    ews_password: SecretStr | None = None
    ews_mailboxes: str = ""  # comma-separated SMTP addresses
    # Domains whose people the Exchange server can report as away through MailTips
    # (the organisation's own and federated partners'); empty: MailTips is not asked.
    ews_mailtips_domains: str = ""
    # OAuth2: client credentials, GUARD_EWS_USERNAME the app's client id and
    # GUARD_EWS_PASSWORD its secret, from GUARD_EWS_TOKEN_URL (AD FS or Entra ID).
    ews_auth_type: Literal["NTLM", "basic", "OAuth2"] = "NTLM"
    ews_token_url: str | None = None
    ews_oauth_scope: str = "https://outlook.office365.com/.default"
    ews_access_type: Literal["delegate", "impersonation"] = "delegate"
    # A poll may wait out throttling this long; other mailboxes are waiting.
    ews_max_wait_seconds: float = Field(10.0, gt=0, le=120)
    # SyncFolderItems with Exchange's own sync state; false: the older reader that
    # queries the Inbox by received time. A first sync delivers only the window.
    ews_sync_folder_items: bool = True
    ews_window_days: int = Field(14, ge=1, le=90)
    # Where replies are read: "ews" (Exchange Server on premises) or "graph"
    # (Exchange Online, app-only; see docs/mail.md).
    mail_source: Literal["ews", "graph"] = "ews"
    graph_tenant_id: str | None = None
    graph_client_id: str | None = None
    graph_client_secret: SecretStr | None = None
    graph_mailboxes: str = ""  # comma-separated SMTP addresses of the reps
    graph_authority_url: str = "https://login.microsoftonline.com"
    graph_base_url: str = "https://graph.microsoft.com/v1.0"
    # A first read (or one after the delta link expired) goes back this far, not to
    # the start of the mailbox.
    graph_window_days: int = Field(14, ge=1, le=90)
    # Throttling (429/503) is waited out this long per call; other mailboxes wait.
    graph_max_wait_seconds: float = Field(30.0, gt=0, le=300)
    # The tenant's own domains and federated partners': only for them does
    # getMailTips know about automatic replies (everyone else is "unknown").
    graph_mailtips_domains: str = ""
    # Public https URL of POST /v1/mail/graph/notifications; empty: polling only.
    graph_notification_url: str | None = None
    # Graph keeps a mail subscription at most about 7 days; renewed at half-life.
    graph_subscription_minutes: int = Field(4320, ge=45, le=10070)
    # Between passes the worker looks this often for mailboxes a notification queued.
    graph_notification_poll_seconds: float = Field(5.0, gt=0, le=300)
    log_level: str = "INFO"
    # json: one object per line; text: for people; auto: text at a terminal, else json.
    log_format: Literal["auto", "json", "text"] = "auto"
    # Set: `guard serve` also answers GET /metrics on this port without a key (bind it
    # to an address only Prometheus reaches). Unset: /metrics on the API port only.
    metrics_port: int | None = Field(None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"
    worker_interval_seconds: float = Field(60.0, gt=0)
    # Touched after every worker pass: a container healthcheck reads its age.
    worker_heartbeat_file: Path | None = None

    @model_validator(mode="after")
    def _refuse_unsafe_defaults(self) -> Settings:
        # The default key is in the source: with it anyone can sign a session cookie.
        if self.env != "development" and self.secret_key == _DEV_SECRET:
            raise ValueError(
                "GUARD_SECRET_KEY must be set to a random value "
                "(the built-in key is accepted only with GUARD_ENV=development)"
            )
        return self

    @model_validator(mode="after")
    def _lease_outlasts_a_delivery(self) -> Settings:
        # connect + write + read, each up to the timeout, and a second to record it
        budget = 3 * self.outbox_timeout_seconds + 1
        if self.outbox_lease_seconds <= budget:
            raise ValueError(
                f"GUARD_OUTBOX_LEASE_SECONDS must exceed {budget:g} s "
                "(three callback timeouts and a second): a lease must outlast a post"
            )
        return self

    @property
    def mailtips_domains(self) -> list[str]:
        graph = self.mail_source == "graph"
        return _addresses(
            self.graph_mailtips_domains if graph else self.ews_mailtips_domains
        )

    @property
    def mailboxes(self) -> list[str]:
        return _addresses(self.ews_mailboxes)

    @property
    def graph_mailbox_list(self) -> list[str]:
        return _addresses(self.graph_mailboxes)

    @property
    def regex_cache_dir(self) -> Path:
        """Where compiled expressions are kept: GUARD_CACHE_DIR, else in the state."""
        return self.cache_dir or self.state_dir / "cache"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _addresses(text: str) -> list[str]:
    return [m.strip().lower() for m in text.split(",") if m.strip()]


@cache
def get_settings() -> Settings:
    return Settings()
