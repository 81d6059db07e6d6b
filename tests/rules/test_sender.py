"""sender.away: the rep's own automatic replies defer their automated steps."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from models.domain import SenderAway, Verdict
from rules.catalogue.sender import SenderAwayParams, sender_away
from rules.engine.evaluate import resolve
from rules.engine.packs import load_pack
from tests.rules.builders import NOW, at, make_analysis, make_ctx, make_send

# Sam is away Mon 1 Dec 07:00 UTC to Mon 8 Dec 07:00 UTC (08:00 Berlin).
TRIP = SenderAway(
    status="scheduled",
    starts_at=at("2025-12-01", 7),
    ends_at=at("2025-12-08", 7),
    message="I am travelling until 8 December.",
)
ALWAYS = SenderAway(status="always", message="Out of office.")


@pytest.mark.parametrize(
    ("away", "planned", "automated", "verdict", "deliver_after"),
    [
        pytest.param(None, at("2025-12-02", 9), True, None, None, id="not away"),
        pytest.param(
            TRIP, at("2025-12-02", 9), True, Verdict.DEFER, at("2025-12-08", 7),
            id="automated step inside the window: to its end",
        ),
        pytest.param(
            TRIP, at("2025-12-02", 9), False, Verdict.WARN, None,
            id="manual send inside the window: a note",
        ),
        pytest.param(
            TRIP, at("2025-11-28", 9), True, None, None,
            id="before the window: nothing",
        ),
        pytest.param(
            TRIP, at("2025-12-08", 9), True, None, None,
            id="after the window: nothing",
        ),
        pytest.param(
            ALWAYS, NOW + timedelta(hours=1), True, Verdict.DEFER,
            NOW + timedelta(hours=24), id="always on: held a day, asked again",
        ),
        pytest.param(
            ALWAYS, NOW + timedelta(days=3), True, None, None,
            id="always on, planned past the hold: the CRM asks again then",
        ),
        pytest.param(
            ALWAYS, NOW + timedelta(hours=1), False, Verdict.WARN, None,
            id="always on, manual: a note",
        ),
    ],
)  # fmt: skip
def test_sender_away(
    away: SenderAway | None,
    planned: datetime,
    automated: bool,
    verdict: Verdict | None,
    deliver_after: datetime | None,
) -> None:
    send = make_send(planned_at=planned, automated=automated)
    found = sender_away(
        send, make_ctx(sender_away=away), make_analysis(), SenderAwayParams()
    )
    assert [f.verdict for f in found] == ([verdict] if verdict else [])
    if deliver_after is not None:
        assert found[0].deliver_after == deliver_after
    if verdict == Verdict.WARN:
        assert found[0].severity == "low"


def test_the_pack_resolves_the_rep_return_into_business_hours() -> None:
    # Back Sat 6 Dec: the step waits for the contact's Monday morning, not Saturday.
    weekend = SenderAway("scheduled", at("2025-12-01", 7), at("2025-12-06", 7))
    send = make_send(planned_at=at("2025-12-02", 9), automated=True)
    findings, deliver_after = resolve(
        load_pack(), send, make_ctx(sender_away=weekend), make_analysis()
    )
    assert "sender.away" in [f.rule for f in findings]
    assert deliver_after == at("2025-12-08", 7)
