"""docs/examples/hook_client.py works against a running guard."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sqlalchemy.orm import Session

from tests.builders import business_slot, check_body, put_account, put_contact
from tests.hooks.test_pre_dispatch import make_integration
from tests.server import running_server

CLIENT = Path(__file__).resolve().parents[2] / "docs" / "examples" / "hook_client.py"


def test_example_client_signs_and_acts(
    client, auth: dict, db: Session, database_url: str
) -> None:
    spec = importlib.util.spec_from_file_location("hook_client", CLIENT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    put_account(client, auth["integration"])
    put_contact(client, auth["integration"], consent="opted_out")
    key, secret = make_integration(db)
    payload = check_body(planned_at=business_slot())
    # A generous budget: a cold server builds its language pipelines on first use.
    with running_server(database_url, GUARD_FALLBACK_BUDGET_SECONDS="15") as base:
        decision = module.ask_guard(base, key, secret, payload, msg_id="msg_example")
    assert decision["verdict"] == "block", decision
    assert module.action(decision).startswith("hold: review item")
