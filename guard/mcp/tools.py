"""The MCP tools: their input models (the API's own) and the services they call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlalchemy.orm import Session

from guard.auth import Caller
from guard.checks import scope
from guard.checks.schemas import CheckIn, CheckOut
from guard.checks.service import run_check
from guard.contacts.cadence import CadenceOut, cadence_of
from guard.contacts.service import get_contact
from guard.content.suggest import SuggestionsOut, SuggestQuery, suggest_for
from guard.errors import Forbidden
from guard.explain.schemas import RuleOut
from guard.explain.service import explain_rule
from guard.mcp import texts
from guard.policy import Policy
from guard.settings import Settings


class CheckSendIn(CheckIn):
    """The body of POST /v1/checks, plus whether to record the decision."""

    record: StrictBool = Field(
        False,
        description="true: record the decision (the send is counted, a review "
        "opened if needed); false: a dry run that records nothing",
    )


class ContactIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    contact: str = Field(
        min_length=1,
        max_length=320,
        description="the contact's e-mail address or the CRM's external id",
    )


class SuggestIn(ContactIn, SuggestQuery):
    """A contact and how many suggestions (GET /v1/contacts/{ref}/suggestions)."""


class RuleIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rule: str = Field(min_length=1, max_length=100, description="e.g. ooo.pressed")


@dataclass(frozen=True, slots=True)
class Call:
    """What a tool runs with: one transaction, the caller's key, the active policy."""

    db: Session
    caller: Caller
    policy: Policy
    settings: Settings


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    description: str
    input: type[BaseModel]
    output: type[BaseModel]
    roles: frozenset[str]
    run: Callable[[Call, Any], BaseModel]


def _check_send(call: Call, args: CheckSendIn) -> CheckOut:
    scope.check_sender(call.caller, args.sender.email)
    fields = args.model_dump(exclude={"record"}, exclude_unset=True)
    check = CheckIn.model_validate({**fields, "dry_run": not args.record})
    return run_check(
        db=call.db,
        policy=call.policy,
        settings=call.settings,
        caller=call.caller,
        check=check,
    )


def _next_allowed(call: Call, args: ContactIn) -> CadenceOut:
    contact = get_contact(call.db, args.contact)
    return cadence_of(call.db, policy=call.policy, contact=contact)


def _suggest(call: Call, args: SuggestIn) -> SuggestionsOut:
    contact = get_contact(call.db, args.contact)
    return suggest_for(call.db, policy=call.policy, contact=contact, limit=args.limit)


def _explain(call: Call, args: RuleIn) -> RuleOut:
    visible = scope.visible(call.db, call.caller)
    return explain_rule(
        call.db, pack=call.policy.pack, rule_id=args.rule, visible=visible
    )


_ANY = frozenset({"admin", "manager", "sdr", "integration"})
TOOLS = {
    t.name: t
    for t in (
        Tool(
            "check_send",
            texts.CHECK_SEND,
            CheckSendIn,
            CheckOut,
            frozenset({"admin", "manager", "sdr", "integration"}),
            _check_send,
        ),
        Tool(
            "next_allowed",
            texts.NEXT_ALLOWED,
            ContactIn,
            CadenceOut,
            _ANY,
            _next_allowed,
        ),
        Tool(
            "suggest_content", texts.SUGGEST, SuggestIn, SuggestionsOut, _ANY, _suggest
        ),
        Tool("explain_rule", texts.EXPLAIN, RuleIn, RuleOut, _ANY, _explain),
    )
}


def authorise(tool: Tool, caller: Caller) -> None:
    if caller.role not in tool.roles:
        raise Forbidden(
            f"A {caller.role} key may not call {tool.name}; it needs one of: "
            + ", ".join(sorted(tool.roles))
        )
