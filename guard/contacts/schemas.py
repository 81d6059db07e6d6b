"""Account and contact payloads (PUT upserts by the CRM's external id)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal
from zoneinfo import available_timezones

from pydantic import BaseModel, ConfigDict, EmailStr, Field, field_validator

from guard.inputs import InputModel

Consent = Literal["ok", "opted_out", "bounced", "do_not_contact"]
_ZONES = frozenset(available_timezones())


def _check_zone(value: str | None) -> str | None:
    if value is not None and value not in _ZONES:
        raise ValueError(
            f"unknown time zone {value!r}: use an IANA name like 'Europe/Berlin'"
        )
    return value


def _check_country(value: str | None) -> str | None:
    if value is not None and not (len(value) == 2 and value.isalpha()):
        raise ValueError("use a two-letter ISO 3166 country code like 'DE'")
    return value.upper() if value else None


class AccountIn(InputModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=300)
    domain: str | None = Field(None, max_length=255)
    country: str | None = None
    timezone: str | None = None
    do_not_contact: bool = False

    _zone = field_validator("timezone")(_check_zone)
    _country = field_validator("country")(_check_country)


class AccountOut(AccountIn):
    external_id: str


class ContactIn(InputModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "email": "ada@northwind.example",
                    "first_name": "Ada",
                    "last_name": "Lovelace",
                    "title": "CFO",
                    "account": "northwind",
                    "persona": "economic_buyer",
                    "position": "decision_maker",
                    "entry_point": False,
                    "stage": "prospect_2",
                    "timezone": "Europe/London",
                    "country": "GB",
                    "language": "en",
                    "consent": "ok",
                }
            ]
        },
    )

    email: EmailStr
    first_name: str | None = Field(None, max_length=200)
    last_name: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=300)
    account: str | None = Field(None, description="the account's external id")
    persona: str | None = None
    position: str | None = None
    entry_point: bool = True
    stage: str = "lead"
    timezone: str = "UTC"
    country: str | None = None
    language: str = Field("en", min_length=2, max_length=8)
    consent: Consent = "ok"

    _zone = field_validator("timezone")(_check_zone)
    _country = field_validator("country")(_check_country)


class ContactOut(ContactIn):
    id: int
    external_id: str | None
    created_at: datetime


class ContactBulkItem(ContactIn):
    external_id: str = Field(min_length=1, max_length=200)


class ContactBulkIn(InputModel):
    model_config = ConfigDict(extra="forbid")
    contacts: list[ContactBulkItem] = Field(min_length=1, max_length=1000)


class ContactBulkOut(BaseModel):
    created: int
    updated: int
