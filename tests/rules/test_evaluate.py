"""evaluate, resolve (one deliver_after for all deferring rules), combine, decide."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from models.domain import Verdict
from rules.engine.evaluate import combine, decide, evaluate, resolve
from rules.engine.packs import DEFAULT_PACK_PATH, load_pack
from rules.features.content import load_library
from tests.rules.builders import (
    at,
    make_absence,
    make_analysis,
    make_ctx,
    make_person,
    make_send,
    make_touch,
)

PACK = load_pack()


def test_nothing_fires_allows() -> None:
    decision = combine(evaluate(PACK, make_send(), make_ctx(), make_analysis()))
    assert decision.verdict == Verdict.ALLOW and decision.findings == ()


def test_strongest_verdict_wins_and_the_deferral_rides_along() -> None:
    ctx = make_ctx(contact=make_person(consent="opted_out"))
    findings, after = resolve(
        PACK, make_send(at("2025-11-29", 10)), ctx, make_analysis()
    )
    decision = combine(findings, deliver_after=after)
    assert decision.verdict == Verdict.BLOCK
    assert decision.rules == ("consent.suppressed", "timing.quiet_hours")
    assert decision.deliver_after == at("2025-12-01", 7)


def test_deferrals_resolve_to_one_time_that_satisfies_every_rule() -> None:
    # Saturday night -> Monday 08:00 (quiet hours); but Ada is away Mon-Wed, so -> Thu.
    away = make_absence("2025-12-01", "2025-12-03")
    ctx = make_ctx(absences=(away,))
    send = make_send(at("2025-11-29", 22))
    findings, after = resolve(PACK, send, ctx, make_analysis())
    assert after == at("2025-12-04", 7)
    assert [f.rule for f in findings] == ["timing.quiet_hours", "ooo.active"]
    moved = evaluate(PACK, make_send(after), ctx, make_analysis())
    assert not [f for f in moved if f.verdict == Verdict.DEFER]


def test_team_comes_from_the_context_unless_given() -> None:
    touches = (
        make_touch(at("2025-11-20")),
    )  # 2 business days: enough, not for enterprise
    ctx = make_ctx(touches=touches, team="enterprise")
    assert [f.rule for f in evaluate(PACK, make_send(), ctx, make_analysis())] == [
        "cadence.contact"
    ]
    assert evaluate(PACK, make_send(), ctx, make_analysis(), team="smb") == []


def test_pack_verdict_replaces_the_rule_default(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_PACK_PATH.read_text())
    data["rules"]["cadence.duplicate"]["verdict"] = "warn"
    data["rules"]["ooo.active"]["enabled"] = False
    (tmp_path / "soft.yaml").write_text(yaml.safe_dump(data))
    soft = load_pack(tmp_path / "soft.yaml")
    text = "Hi Ada, our integration guide shows how teams like yours connect in a day."
    ctx = make_ctx(
        touches=(make_touch(at("2025-11-24", 6), channel="linkedin", body=text),),
        absences=(make_absence("2025-11-20", "2025-12-01"),),
    )
    found = evaluate(soft, make_send(body=text), ctx, make_analysis(text))
    assert [
        (f.rule, f.verdict) for f in found if f.rule.startswith(("cadence.dup", "ooo"))
    ] == [("cadence.duplicate", Verdict.WARN)]


BUMP = make_analysis("Hi Ada, just bumping this up. Best, Sam", is_bump=True)


@pytest.mark.parametrize(
    ("assets", "verdict"),
    [
        pytest.param(
            load_library(), Verdict.REWRITE, id="rewritten into a value follow-up"
        ),
        pytest.param((), Verdict.BLOCK, id="nothing to offer: blocked"),
    ],
)
def test_decide_rewrites_a_premature_bump_or_blocks_it(
    assets: tuple, verdict: Verdict
) -> None:
    ctx = make_ctx(touches=(make_touch(at("2025-11-21")),))
    decision = decide(PACK, make_send(at("2025-11-25", 9)), ctx, BUMP, assets=assets)
    assert decision.verdict == verdict
    bump = next(f for f in decision.findings if f.rule == "bump.premature")
    assert bump.verdict == verdict
    assert (decision.rewrite is not None) is (verdict == Verdict.REWRITE)
    if assets:
        assert decision.suggestions and decision.suggestions[0].url in decision.rewrite


def test_a_reloaded_pack_decides_by_its_new_settings(tmp_path: Path) -> None:
    # Plans, compiled parameters and calendar answers are reused across decisions;
    # a pack edited and loaded again from the same file must not get the old ones.
    path = tmp_path / "pack.yaml"
    data = yaml.safe_load(DEFAULT_PACK_PATH.read_text())
    ctx = make_ctx(touches=(make_touch(at("2025-11-24", 9)),))  # Monday
    send = make_send(at("2025-11-25", 10))  # Tuesday: 1 business day later

    def decided() -> tuple[Verdict, object, list[str]]:
        path.write_text(yaml.safe_dump(data))
        decision = decide(load_pack(path), send, ctx, make_analysis())
        said = [f"{f.rule}: {f.message.rpartition('; ')[2]}" for f in decision.findings]
        return decision.verdict, decision.deliver_after, said

    # Two business days between touches: Wednesday 08:00 in Berlin.
    assert decided() == (
        Verdict.DEFER,
        at("2025-11-26", 7),
        ["cadence.contact: deferred to Wed 26 Nov 08:00 Ada's time (Europe/Berlin)."],
    )
    data["calendar"]["start"] = "10:00"
    assert decided() == (
        Verdict.DEFER,
        at("2025-11-26", 9),
        ["cadence.contact: deferred to Wed 26 Nov 10:00 Ada's time (Europe/Berlin)."],
    )
    data["calendar"]["weekend"] = [2, 5, 6]  # Wednesday off too: Thursday 10:00
    assert decided() == (
        Verdict.DEFER,
        at("2025-11-27", 9),
        ["cadence.contact: deferred to Thu 27 Nov 10:00 Ada's time (Europe/Berlin)."],
    )
    data["rules"]["cadence.contact"]["params"]["min_gap_business_days"] = 0
    assert decided() == (Verdict.ALLOW, None, [])
