"""Sequence lint on the real analysis and rules: each mistake is found on its step."""

from __future__ import annotations

from datetime import date

import pytest

from guard.policy import Policy, load_policy
from guard.sequences.schemas import LintOut, StepOut
from guard.sequences.service import default_start, lint_sequence
from guard.settings import Settings
from rules.engine.packs import load_pack
from rules.features.sequence_lint import SequenceError, parse_sequence
from tests.server import TEST_SECRET

VALUE = (
    "Hi {first_name},\\n\\nFinance teams at {company} close the month two days sooner "
    "with our reconciliation workflow: Contoso matched 40,000 invoices a month "
    "automatically. The guide: https://content.example.com/warehouse-guide\\n\\n"
    "Best,\\n{sender_name}"
)
SEQUENCE = f"""
name: lint-test
audience: {{company: Acme, timezone: Europe/Berlin, country: DE}}
contacts:
  - {{stage: lead, persona: technical_evaluator}}
  - {{stage: opportunity, persona: technical_evaluator}}
steps:
  - {{channel: email, subject: Closing sooner, body: "{VALUE}"}}
  - {{channel: linkedin, delay: 0, body: "{VALUE}"}}
  - channel: email
    delay: 2
    body: "Hi {{first_name}},\\n\\nJust bumping this to the top of your inbox.\\n\\nSam"
  - channel: email
    delay: 3
    body: "Hi {{first_name}},\\n\\nOur pricing starts at 20,000 EUR a year. Shall I send a quote?\\n\\nSam"
  - channel: email
    delay: 3
    at: "06:30"
    body: "{VALUE}"
"""


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy(Settings(env="test", secret_key=TEST_SECRET))


@pytest.fixture(scope="module")
def report(policy: Policy) -> LintOut:
    seq = parse_sequence(SEQUENCE, policy.pack.framework)
    return lint_sequence(policy=policy, seq=seq, start=date(2026, 12, 7))


def rules_of(step: StepOut) -> dict[str, list[str]]:
    return {i.rule: i.stages for i in step.issues}


def test_first_step_is_clean(report: LintOut) -> None:
    assert report.steps[0].issues == [] and report.steps[0].worst == "allow"


def test_linkedin_copy_of_the_email_the_same_day_is_a_duplicate(
    report: LintOut,
) -> None:
    step = report.steps[1]
    assert step.channel == "linkedin" and step.worst == "block"
    kinds = {i.kind for i in step.issues}
    assert {"duplicate across channels", "too dense"} <= kinds
    duplicate = next(i for i in step.issues if i.rule == "cadence.duplicate")
    assert "already reached Alex Example by email on Mon 7 Dec 09:00" in (
        duplicate.example
    )


def test_bump_two_days_later_is_rewritten(report: LintOut) -> None:
    step = report.steps[2]
    assert "bump.premature" in rules_of(step)
    assert step.rewrite and "bumping" not in step.rewrite
    assert step.suggestions


def test_pricing_is_premature_for_a_lead_not_for_an_opportunity(
    report: LintOut,
) -> None:
    assert rules_of(report.steps[3])["stage.premature_ask"] == ["lead"]


def test_step_before_business_hours_is_quiet_hours(report: LintOut) -> None:
    step = report.steps[4]
    assert step.planned_at.hour == 6 and step.planned_at.minute == 30
    assert rules_of(step) == {"timing.quiet_hours": ["lead", "opportunity"]}
    assert step.verdicts == {"defer": 2}


def test_report_fails_at_defer(report: LintOut) -> None:
    assert report.failed and report.worst == "block" and report.contacts == 2


def test_every_stage_and_persona_by_default(policy: Policy) -> None:
    seq = parse_sequence(
        "name: x\nsteps: [{channel: email, body: 'Hi {first_name}, hello.'}]",
        policy.pack.framework,
    )
    out = lint_sequence(policy=policy, seq=seq, fail_on="never")
    framework = policy.pack.framework
    assert out.contacts == len(framework.stages) * len(framework.personas)
    assert out.start == default_start() and not out.failed


def test_a_team_pack_applies(policy: Policy) -> None:
    # Enterprise wants three business days between touches; two pass the default.
    text = (
        "name: x\nteam: TEAM\ncontacts: [{stage: mql}]\nsteps:\n"
        f'  - {{channel: email, body: "{VALUE}"}}\n'
        f'  - {{channel: email, delay: 2, body: "{VALUE} P.S."}}\n'
    )
    pack = load_pack()
    for team, expected in (("null", False), ("enterprise", True)):
        seq = parse_sequence(text.replace("TEAM", team), pack.framework)
        out = lint_sequence(policy=policy, seq=seq, start=date(2026, 12, 7))
        assert ("cadence.contact" in rules_of(out.steps[1])) is expected, team


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("name: x\nsteps: []", "steps: Tuple should have at least 1 item"),
        (
            "name: x\nsteps: [{channel: email, body: 'Hi {firstname}'}]",
            "steps.0.body: unknown placeholder {firstname}",
        ),
        (
            "name: x\ncontacts: [{stage: vip}]\nsteps: [{channel: email, body: hi}]",
            "contacts.0.stage: unknown stage 'vip'",
        ),
        ("name: x\nsteps: [{channel: fax, body: hi}]", "steps.0.channel"),
        ("- just a list", "the top level must be a mapping"),
        ("name: [unclosed", "not valid YAML"),
    ],
    ids=["no steps", "placeholder", "stage", "channel", "list", "yaml"],
)
def test_bad_sequences_name_the_problem(
    policy: Policy, text: str, problem: str
) -> None:
    with pytest.raises(SequenceError) as caught:
        parse_sequence(text, policy.pack.framework)
    assert problem in str(caught.value)
