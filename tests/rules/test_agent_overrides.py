"""A pack's `agents:` section: stricter parameters for AI agents, validated at load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from models.domain import Span, Verdict
from rules.engine.evaluate import decide
from rules.engine.packs import DEFAULT_PACK_PATH, PackError, load_pack
from tests.rules.builders import at, make_analysis, make_ctx, make_send, make_touch

BUMP_TEXT = "Hi Ada, just bumping this to the top of your inbox."
BUMP = make_analysis(
    BUMP_TEXT, is_bump=True, spans=(Span("bump", 8, 50, BUMP_TEXT[8:50]),)
)


def _with(tmp_path: Path, agents: object) -> Path:
    data = yaml.safe_load(DEFAULT_PACK_PATH.read_text())
    data["agents"] = agents
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_default_pack_is_stricter_for_agents_only() -> None:
    pack = load_pack()
    human = pack.params_for("cadence.contact")
    agent = pack.params_for("cadence.contact", agent=True)
    assert agent.min_gap_business_days > human.min_gap_business_days
    assert pack.params_for("bump.premature", agent=True).never is True
    assert pack.params_for("bump.premature").never is False
    assert pack.verdict_for("bump.premature", agent=True) is Verdict.BLOCK


@pytest.mark.parametrize(
    ("agent_id", "verdict"),
    [
        pytest.param(None, Verdict.ALLOW, id="a rep after a week of silence"),
        pytest.param("sdr-bot-1", Verdict.BLOCK, id="an agent: no bump ever"),
    ],
)
def test_a_bump_a_rep_may_send_an_agent_may_not(
    agent_id: str | None, verdict: Verdict
) -> None:
    # Monday the 24th, a week after the last email: not premature for a person.
    ctx = make_ctx(now=at("2025-11-24", 8), touches=(make_touch(at("2025-11-17")),))
    send = make_send(at("2025-11-24", 10), agent_id=agent_id)
    decision = decide(load_pack(), send, ctx, BUMP)
    bump = [f for f in decision.findings if f.rule == "bump.premature"]
    assert (bump[0].verdict if bump else Verdict.ALLOW) is verdict


@pytest.mark.parametrize(
    ("agents", "key", "message"),
    [
        pytest.param(
            {"rules": {"cadence.contact": {"params": {"max_per_week": 1}}}},
            "agents.rules.cadence.contact.params.max_per_week",
            "unknown key; expected one of: max_per_7_days",
            id="unknown parameter",
        ),
        pytest.param(
            {"rules": {"bump.premature": {"params": {"never": "sometimes"}}}},
            "agents.rules.bump.premature.params.never",
            "valid boolean",
            id="not a boolean",
        ),
        pytest.param(
            {"rules": {"cadence.nope": {}}},
            "agents.rules.cadence.nope",
            "unknown rule id",
            id="unknown rule",
        ),
        pytest.param(
            {"rules": {"consent.suppressed": {"enabled": False}}},
            "agents.rules.consent.suppressed",
            "required by law",
            id="consent cannot be turned off for agents either",
        ),
    ],
)
def test_agent_section_errors_name_the_key(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    agents: dict,
    key: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(PackError) as caught:
        load_pack(_with(tmp_path, agents))
    assert any(k == key and message in m for _, k, m in caught.value.problems), (
        caught.value.problems
    )


def _capped(sent_today: int, agent_id: str | None = "sdr-bot-1") -> list:
    from dataclasses import replace

    from rules.catalogue.agent import AgentDailyCapParams, daily_cap

    # Wednesday 26 Nov 2025: the agent's earlier sends that day, 09:00 onwards.
    sends = tuple(at("2025-11-26", 9, n) for n in range(sent_today))
    ctx = replace(make_ctx(now=at("2025-11-26", 8)), agent_sends=sends)
    send = make_send(at("2025-11-26", 15), agent_id=agent_id)
    return daily_cap(send, ctx, BUMP, AgentDailyCapParams(max_per_day=3))


@pytest.mark.parametrize(
    ("sent_today", "agent_id", "fires"),
    [
        pytest.param(2, "sdr-bot-1", False, id="under the cap"),
        pytest.param(3, "sdr-bot-1", True, id="cap reached"),
        pytest.param(5, None, False, id="a person has no agent cap"),
    ],
)
def test_daily_cap(sent_today: int, agent_id: str | None, fires: bool) -> None:
    found = _capped(sent_today, agent_id)
    assert bool(found) is fires
    if fires:
        assert found[0].verdict is Verdict.DEFER
        assert found[0].deliver_after.date().isoformat() == "2025-11-27"
        assert "cap of 3 a day" in found[0].message


def test_default_pack_caps_agents_only() -> None:
    pack = load_pack()
    assert pack.params_for("agent.daily_cap").max_per_day is None
    assert pack.params_for("agent.daily_cap", agent=True).max_per_day == 40
