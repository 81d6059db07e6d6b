"""Loading and validating policy packs: every error names the file, key path and fix."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from models.domain import Verdict
from rules.engine.framework import FRAMEWORK_PATH
from rules.engine.packs import DEFAULT_PACK_PATH, PackError, load_pack
from rules.engine.registry import RULES, load_rules

DESIGN_RULES = {
    "ooo.active",
    "ooo.returning",
    "ooo.pressed",
    "ooo.alternate",
    "replies.scheduling_link",
    "replies.negative",
    "replies.human_pending",
    "bump.premature",
    "cadence.contact",
    "cadence.account",
    "cadence.duplicate",
    "stage.premature_ask",
    "persona.use_case_missing",
    "buying_group.entry_point",
    "buying_group.owner_conflict",
    "lifecycle.post_purchase",
    "consent.suppressed",
    "timing.quiet_hours",
    "sender.away",
    "agent.daily_cap",
}


def test_default_pack_turns_on_every_rule_of_the_design() -> None:
    pack = load_pack()
    assert set(pack.enabled_rules()) == DESIGN_RULES == set(load_rules())
    assert len(pack.revision) == 12 and pack.revision == load_pack().revision
    assert pack.verdict_for("consent.suppressed") == Verdict.BLOCK
    assert list(pack.framework.stages)[:2] == ["lead", "prospect_1"]
    # catalogue order, whichever rule module a test imported first
    assert pack.enabled_rules()[:2] == ("ooo.active", "ooo.returning")
    assert pack.enabled_rules()[-1] == "agent.daily_cap"


def test_team_override_changes_only_what_it_names() -> None:
    pack = load_pack()
    base, team = (
        pack.params_for("cadence.contact"),
        pack.params_for("cadence.contact", "enterprise"),
    )
    assert (base.max_per_7_days, team.max_per_7_days) == (3, 2)
    assert pack.params_for("timing.quiet_hours", "enterprise") == pack.params_for(
        "timing.quiet_hours"
    )
    assert pack.params_for("cadence.contact", "unknown-team") == base
    assert team.framework is pack.framework


def test_params_have_the_design_defaults() -> None:
    for rule_id, spec in RULES.items():
        assert (
            load_pack().params_for(rule_id).model_dump() == spec.params().model_dump()
        ), rule_id


def test_comments_do_not_change_the_revision(tmp_path: Path) -> None:
    copy = tmp_path / "pack.yaml"
    copy.write_text("# a comment\n" + DEFAULT_PACK_PATH.read_text())
    assert load_pack(copy).revision == load_pack().revision


def _pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: dict) -> Path:
    monkeypatch.chdir(tmp_path)
    data = yaml.safe_load(DEFAULT_PACK_PATH.read_text())
    for key, value in change.items():
        target = data
        *parents, last = key.split("/")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        pytest.param(
            {"rules/cadence.contact/params/max_per_7_days": "many"},
            "rules.cadence.contact.params.max_per_7_days",
            "Input should be a valid integer",
            id="not a number",
        ),
        pytest.param(
            {"rules/cadence.contact/params/max_per_week": 2},
            "rules.cadence.contact.params.max_per_week",
            "unknown key; expected one of: max_per_7_days",
            id="misspelt parameter",
        ),
        pytest.param(
            {"rules/cadence.contacts": {"params": {}}},
            "rules.cadence.contacts",
            "unknown rule id",
            id="misspelt rule id",
        ),
        pytest.param(
            {"rules/cadence.contact/enabeld": False},
            "rules.cadence.contact.enabeld",
            "Extra inputs are not permitted",
            id="misspelt rule key",
        ),
        pytest.param(
            {"colour": "blue"},
            "colour",
            "unknown key; expected one of: version",
            id="unknown top-level key",
        ),
        pytest.param(
            {"teams/enterprise/rules/cadence.contact/params/max_per_7_days": 0},
            "teams.enterprise.rules.cadence.contact.params.max_per_7_days",
            "greater than or equal to 1",
            id="team override out of range",
        ),
        pytest.param(
            {"teams/enterprise/rules/nope.rule": {}},
            "teams.enterprise.rules.nope.rule",
            "unknown rule id",
            id="team override of an unknown rule",
        ),
        pytest.param(
            {"rules/consent.suppressed/enabled": False},
            "rules.consent.suppressed",
            "cannot be turned off",
            id="consent cannot be disabled",
        ),
        pytest.param(
            {"rules/bump.premature/verdict": "defer"},
            "rules.bump.premature.verdict",
            "only rules that compute a time can defer",
            id="defer without a time",
        ),
        pytest.param(
            {"rules/lifecycle.post_purchase/params/stages": ["customer"]},
            "rules.lifecycle.post_purchase.params.stages.0",
            "unknown stage 'customer'",
            id="stage the framework lacks",
        ),
        pytest.param(
            {"calendar/end": "07:00"},
            "calendar.end",
            "later than calendar.start",
            id="business day ends before it starts",
        ),
        pytest.param(
            {"rules/stage.premature_ask/verdict": "maybe"},
            "rules.stage.premature_ask.verdict",
            "Input should be",
            id="unknown verdict",
        ),
    ],
)
def test_pack_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: dict,
    key: str,
    message: str,
) -> None:
    path = _pack(tmp_path, monkeypatch, change)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert any(
        file == "pack.yaml" and k == key and message in m
        for file, k, m in caught.value.problems
    ), caught.value.problems


def test_error_report_is_one_readable_line_per_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _pack(
        tmp_path,
        monkeypatch,
        {"rules/cadence.contact/params/max_per_7_days": [3], "rules/nope": {}},
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    lines = str(caught.value).splitlines()
    assert (
        "pack.yaml: rules.cadence.contact.params.max_per_7_days: "
        "Input should be a valid integer" in lines
    )
    assert any(
        line.startswith("pack.yaml: rules.nope: unknown rule id") for line in lines
    )


def test_broken_yaml_and_missing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_text("rules: [unclosed\n")
    with pytest.raises(PackError, match=r"bad.yaml: line 2: not valid YAML"):
        load_pack(tmp_path / "bad.yaml")
    with pytest.raises(PackError, match=r"missing.yaml: cannot read the file"):
        load_pack(tmp_path / "missing.yaml")


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        pytest.param(
            ("matrix", "leed", {"pricing": "premature"}),
            "matrix.leed",
            "unknown stage 'leed'",
            id="unknown stage in the matrix",
        ),
        pytest.param(
            ("matrix", "lead", {"pricng": "premature"}),
            "matrix.lead.pricng",
            "unknown intent 'pricng'",
            id="unknown intent in the matrix",
        ),
        pytest.param(
            ("matrix", "lead", {"pricing": "later"}),
            "matrix.lead.pricing",
            "Input should be 'ok'",
            id="unknown cell value",
        ),
        pytest.param(
            (
                "stages",
                "lead",
                {"label": "Lead", "definition": "x", "buyer_job": "shopping"},
            ),
            "stages.lead.buyer_job",
            "unknown buyer job 'shopping'",
            id="unknown buyer job",
        ),
        pytest.param(
            ("personas", "cfo", {"label": "CFO", "exec": True}),
            "personas.cfo.exec",
            "Extra inputs are not permitted",
            id="misspelt persona key",
        ),
    ],
)
def test_framework_errors(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: tuple,
    key: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    data = yaml.safe_load(FRAMEWORK_PATH.read_text())
    section, name, value = change
    data[section][name] = value
    (tmp_path / "framework.yaml").write_text(yaml.safe_dump(data))
    with pytest.raises(PackError) as caught:
        load_pack(framework_path=tmp_path / "framework.yaml")
    assert any(
        f == "framework.yaml" and k == key and message in m
        for f, k, m in caught.value.problems
    ), caught.value.problems


def test_pack_is_frozen() -> None:
    pack = load_pack()
    with pytest.raises(AttributeError):
        pack.revision = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        pack.settings["ooo.active"] = None  # type: ignore[index]
