"""Run the YAML scenario suites scenarios/*_test.yaml against the real pack and rules.

A suite names its people once, then lists scenarios: the contact's history, the planned
send, what the analyser would say, and the `expected:` verdict and rule ids.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from models.domain import (
    AbsenceRecord,
    AlternateContact,
    ContactContext,
    GroupMember,
    InboundRecord,
    Suppression,
    TouchRecord,
)
from rules.engine.evaluate import decide
from rules.engine.packs import load_pack
from rules.features.content import load_library
from tests.rules.builders import make_account, make_analysis, make_person, make_send

SCENARIOS = Path(__file__).with_name("scenarios")
LIBRARY = load_library()


def _suites() -> list[tuple[Path, dict[str, Any]]]:
    return [
        (p, yaml.safe_load(p.read_text()))
        for p in sorted(SCENARIOS.glob("*_test.yaml"))
    ]


def _cases() -> list[Any]:
    return [
        pytest.param(suite, case, id=f"{path.stem}: {case['name']}")
        for path, suite in _suites()
        for case in suite["scenarios"]
    ]


def test_scenario_suites_exist() -> None:
    assert _cases(), f"no scenarios found in {SCENARIOS}/*_test.yaml"


def _when(value: str) -> datetime:
    return datetime.fromisoformat(str(value))


def _records(
    kind: type, items: list[dict[str, Any]], contact_id: int, people: dict
) -> tuple:
    built = []
    for i, item in enumerate(items):
        fields = {"id": 1000 + i, "contact_id": contact_id, **item}
        if "to" in fields:  # a touch to another member of the group, by name
            fields["contact_id"] = people[fields.pop("to")].id
        for key in ("sent_at", "received_at", "noticed_at"):
            if key in fields:
                fields[key] = _when(fields[key])
        for key in ("starts_on", "returns_on", "last_day_away"):
            if key in fields:
                fields[key] = date.fromisoformat(str(fields[key]))
        if "intents" in fields:
            fields["intents"] = frozenset(fields["intents"])
        if "alternate_contacts" in fields:
            fields["alternate_contacts"] = tuple(
                AlternateContact(**a) for a in fields["alternate_contacts"]
            )
        built.append(kind(**fields))
    return tuple(built)


def _context(suite: dict[str, Any], case: dict[str, Any]) -> ContactContext:
    people = {name: make_person(**fields) for name, fields in suite["people"].items()}
    contact = people[case["contact"]]
    history = case.get("history", {})
    group = tuple(
        GroupMember(person=people[name], engaged=name in history.get("engaged", []))
        for name in suite.get("group", [])
        if name != case["contact"]
    )
    return ContactContext(
        now=_when(case.get("now", suite["now"])),
        contact=contact,
        account=make_account(**suite.get("account", {})),
        group=group,
        touches=_records(TouchRecord, history.get("touches", []), contact.id, people),
        account_touches=_records(
            TouchRecord, history.get("group_touches", []), contact.id, people
        ),
        inbound=_records(InboundRecord, history.get("inbound", []), contact.id, people),
        absences=_records(
            AbsenceRecord, history.get("absences", []), contact.id, people
        ),
        suppressions=tuple(Suppression(**s) for s in history.get("suppressions", [])),
        team=case.get("team"),
    )


@pytest.mark.parametrize(("suite", "case"), _cases())
def test_scenario(suite: dict[str, Any], case: dict[str, Any]) -> None:
    ctx = _context(suite, case)
    send_fields = dict(case["send"])
    planned = _when(send_fields.pop("planned_at"))
    send = make_send(planned, contact_id=ctx.contact.id, **send_fields)
    analysis_fields = dict(case.get("analysis", {}))
    analysis_fields["intents"] = tuple(analysis_fields.get("intents", ()))
    for key in ("scheduling_links", "links"):
        if key in analysis_fields:
            analysis_fields[key] = tuple(analysis_fields[key])
    analysis = make_analysis(analysis_fields.pop("text", send.body), **analysis_fields)
    pack = load_pack(SCENARIOS / suite["pack"]) if "pack" in suite else load_pack()
    decision = decide(pack, send, ctx, analysis, assets=LIBRARY)
    expected = case["expected"]
    report = "\n".join(
        f"{f.rule} [{f.verdict}]: {f.message}" for f in decision.findings
    )
    assert decision.verdict == expected["verdict"], report
    assert sorted(set(decision.rules)) == sorted(expected.get("rules", [])), report
    if "deliver_after" in expected:
        assert decision.deliver_after == _when(expected["deliver_after"]), report
    for text in expected.get("messages", []):
        assert any(text in f.message for f in decision.findings), report
