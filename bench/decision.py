"""One decision in process: analysis + rules on a loaded snapshot.

A 150-word email, a 30-touch history, the default pack. Budget: p50 <= 0.5 ms,
p99 <= 2 ms.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bench.common import max_rss_mb, summary_ms, time_calls, write_result
from guard.analysis.outgoing.analyse import analyse_outgoing
from guard.engine.decide import decide_check
from guard.policy import load_policy
from guard.settings import Settings
from models.domain import (
    Account,
    ContactContext,
    GroupMember,
    Person,
    PlannedSend,
    TouchRecord,
)

EMAIL = (
    "Hi Ada,\n\nFollowing up on the integration questions your team raised last week. "
    "We put together a short guide on connecting our platform to your data warehouse, "
    "including the security review checklist your IT team asked for and the SOC 2 "
    "report summary. Teams like Northwind's usually finish the connection in one "
    "afternoon, and the guide walks through each step with screenshots. It also covers "
    "single sign-on, role-based access and how audit logs are exported to your SIEM, "
    "which came up in your call with Grace. If it helps, I can share the ROI model "
    "that Contoso's finance team used to build their business case: it compares the "
    "cost of manual reconciliation with the automated workflow over three years. "
    "Most teams start with a two-week pilot in one region, and our solutions "
    "engineer handles the data mapping with your analysts. "
    "Here is the guide: https://content.example.com/warehouse-guide\n\n"
    "Best regards,\nSam\nAccount Executive, Seller Inc."
)


def _analyse(send: PlannedSend, ctx: ContactContext) -> object:
    """The analysis phase alone, as `decide_check` runs it."""
    return analyse_outgoing(
        subject=send.subject,
        body=send.body,
        body_html=send.body_html,
        language=None,
        sent_links=ctx.sent_links,
    )


def contact_context(now: datetime) -> ContactContext:
    ada = Person(
        id=1,
        email="ada@northwind.example",
        first_name="Ada",
        persona="economic_buyer",
        position="decision_maker",
        entry_point=False,
        stage="sql",
        timezone="Europe/London",
        country="GB",
        account_id=1,
    )
    grace = Person(
        id=2, email="grace@northwind.example", first_name="Grace", account_id=1
    )
    touches = tuple(
        TouchRecord(
            id=i,
            contact_id=1,
            sender_email="sam@seller.example",
            channel=("email", "linkedin", "call")[i % 3],
            sent_at=now - timedelta(days=2 + i * 2),
            subject=f"Touch {i}",
            body="Hi Ada, a note about the pilot plan and next steps.",
        )
        for i in range(30)
    )
    return ContactContext(
        now=now,
        contact=ada,
        account=Account(1, "Northwind", "northwind.example", "GB"),
        group=(GroupMember(grace, engaged=True),),
        touches=touches,
        account_touches=touches[:10],
    )


def main() -> dict[str, object]:
    policy = load_policy(Settings())
    now = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    ctx = contact_context(now)
    send = PlannedSend(
        contact_id=1,
        sender_email="sam@seller.example",
        channel="email",
        planned_at=now + timedelta(hours=1),
        subject="Warehouse guide",
        body=EMAIL,
    )

    def one() -> object:
        return decide_check(policy, send, ctx, None)

    rules_only_analysis = decide_check(policy, send, ctx, None).analysis
    full = summary_ms(time_calls(one, warmup=200, runs=3000))
    rules = summary_ms(
        time_calls(
            lambda: decide_check(policy, send, ctx, None, analysis=rules_only_analysis),
            warmup=200,
            runs=3000,
        )
    )
    analysis = summary_ms(
        time_calls(lambda: _analyse(send, ctx), warmup=200, runs=3000)
    )
    return write_result(
        "decision",
        {
            "words": len(EMAIL.split()),
            "history_touches": len(ctx.touches),
            "decision": full,
            "rules_only": rules,
            "analysis_only": analysis,
            "budget": {"p50_ms": 0.5, "p99_ms": 2.0},
            "max_rss_mb": max_rss_mb(),
        },
    )


if __name__ == "__main__":
    main()
