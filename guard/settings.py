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
    # None: the packs shipped in rules/ (default.yaml and framework.yaml).
    policy_pack: Path | None = None
    framework: Path | None = None
    content_library: Path | None = None
    fallback_mode: Literal["fail_open", "fail_closed"] = "fail_open"
    # The CRM's own timeout is 15-30 s; answering in 2 s leaves it room to act.
    fallback_budget_seconds: float = Field(2.0, gt=0, le=30)
    fallback_defer_minutes: int = Field(60, ge=1)
    # A statement (lock waits included) longer than this is a stuck database. It must
    # cover a burst of checks queueing on one contact's row lock (20 at ~50 ms each).
    statement_timeout_ms: int = Field(5000, ge=50)
    sqlite_busy_timeout_ms: int = Field(5000, ge=0)
    secret_key: str = _DEV_SECRET
    default_absence_days: int = Field(7, ge=1, le=60)
    review_expiry_hours: int = Field(72, ge=1)
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
    ews_auth_type: Literal["NTLM", "basic"] = "NTLM"
    ews_access_type: Literal["delegate", "impersonation"] = "delegate"
    # A poll may wait out throttling this long; other mailboxes are waiting.
    ews_max_wait_seconds: float = Field(10.0, gt=0, le=120)
    log_level: str = "INFO"
    worker_interval_seconds: float = Field(60.0, gt=0)

    @model_validator(mode="after")
    def _refuse_unsafe_defaults(self) -> Settings:
        if self.env == "production" and self.secret_key == _DEV_SECRET:
            raise ValueError(
                "GUARD_SECRET_KEY must be set to a random value in production"
            )
        return self

    @property
    def mailtips_domains(self) -> list[str]:
        return [d.strip().lower() for d in self.ews_mailtips_domains.split(",") if d]

    @property
    def mailboxes(self) -> list[str]:
        return [m.strip().lower() for m in self.ews_mailboxes.split(",") if m.strip()]

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@cache
def get_settings() -> Settings:
    return Settings()
