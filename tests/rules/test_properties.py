"""Properties of decisions over generated snapshots (hypothesis)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.domain import (
    ContactContext,
    MessageAnalysis,
    PlannedSend,
    TouchRecord,
    Verdict,
)
from rules.engine.evaluate import combine, decide, evaluate, resolve
from rules.engine.packs import load_pack
from rules.features.content import load_library
from tests.rules.builders import (
    NOW,
    make_absence,
    make_analysis,
    make_ctx,
    make_person,
    make_reply,
    make_send,
)

PACK = load_pack()
LIBRARY = load_library()
PLACES = [
    ("Europe/Berlin", "DE"),
    ("America/New_York", "US"),
    ("Asia/Tokyo", "JP"),
    ("Australia/Sydney", "AU"),
    ("UTC", None),
]
STAGES = list(PACK.framework.stages)
INTENTS = list(PACK.framework.intents)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

minutes_ago = st.integers(min_value=1, max_value=40 * 24 * 60)


@st.composite
def touches(draw: st.DrawFn, first_id: int = 100) -> tuple[TouchRecord, ...]:
    found = []
    for i in range(draw(st.integers(0, 8))):
        found.append(
            TouchRecord(
                id=first_id + i,
                contact_id=1,
                sender_email=draw(
                    st.sampled_from(["sam@seller.example", "kim@seller.example"])
                ),
                channel=draw(st.sampled_from(["email", "linkedin", "call"])),
                sent_at=NOW - timedelta(minutes=draw(minutes_ago)),
                body=draw(
                    st.sampled_from(
                        ["Hi Ada, a note on pipelines and data quality.", "Short"]
                    )
                ),
                is_bump=draw(st.booleans()),
            )
        )
    return tuple(found)


@st.composite
def snapshots(draw: st.DrawFn) -> tuple[PlannedSend, ContactContext, MessageAnalysis]:
    tz, country = draw(st.sampled_from(PLACES))
    person = make_person(
        timezone=tz,
        country=country,
        stage=draw(st.sampled_from(STAGES)),
        consent=draw(st.sampled_from(["ok", "ok", "ok", "opted_out"])),
        persona=draw(st.sampled_from(["economic_buyer", "technical_evaluator"])),
        entry_point=draw(st.booleans()),
    )
    absences = ()
    if draw(st.booleans()):
        start = date(2025, 11, 24) + timedelta(days=draw(st.integers(-10, 10)))
        back = start + timedelta(days=draw(st.integers(1, 15)))
        absences = (make_absence(start.isoformat(), back.isoformat()),)
    inbound = tuple(
        make_reply(
            NOW - timedelta(minutes=draw(minutes_ago)),
            id=200 + i,
            kind=draw(st.sampled_from(["human", "ooo"])),
            intents=frozenset(
                draw(st.sets(st.sampled_from(["negative", "referral"]), max_size=1))
            ),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    ctx = make_ctx(
        contact=person, touches=draw(touches()), inbound=inbound, absences=absences
    )
    planned = NOW + timedelta(minutes=draw(st.integers(0, 14 * 24 * 60)))
    send = make_send(
        planned,
        automated=draw(st.booleans()),
        channel=draw(st.sampled_from(["email", "sms"])),
    )
    analysis = make_analysis(
        "Hi Ada, a note on pipelines and data quality.",
        intents=tuple(draw(st.sets(st.sampled_from(INTENTS), max_size=3))),
        is_bump=draw(st.booleans()),
    )
    return send, ctx, analysis


@SETTINGS
@given(snapshots())
def test_a_decision_is_deterministic(snapshot: tuple) -> None:
    send, ctx, analysis = snapshot
    first = decide(PACK, send, ctx, analysis, assets=LIBRARY)
    assert decide(PACK, send, ctx, analysis, assets=LIBRARY) == first


@SETTINGS
@given(snapshots())
def test_deliver_after_is_never_early_and_satisfies_every_deferring_rule(
    snapshot: tuple,
) -> None:
    send, ctx, analysis = snapshot
    findings, after = resolve(PACK, send, ctx, analysis)
    defers = [f for f in findings if f.verdict == Verdict.DEFER]
    assert (after is None) == (not defers)
    if after is None:
        return
    assert after >= send.planned_at
    assert all(f.deliver_after <= after for f in defers)
    again = evaluate(PACK, replace(send, planned_at=after), ctx, analysis)
    assert [f.rule for f in again if f.verdict == Verdict.DEFER] == []


@SETTINGS
@given(snapshots(), touches(first_id=900))
def test_adding_touches_never_turns_defer_or_block_into_allow(
    snapshot: tuple, extra: tuple
) -> None:
    send, ctx, analysis = snapshot
    more = replace(ctx, touches=ctx.touches + extra)
    before = combine(resolve(PACK, send, ctx, analysis)[0]).verdict
    after = combine(resolve(PACK, send, more, analysis)[0]).verdict
    if before >= Verdict.DEFER:
        assert after != Verdict.ALLOW
