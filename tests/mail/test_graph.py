"""The Graph mail source against a loopback Graph: token, throttling, paging, delta
links, 410, headers from the raw MIME, automatic-reply settings, MailTips."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from guard.mail.graph_client import GraphClient
from guard.mail.source import MailSourceError

from .conftest import graph_settings
from .graph_server import GraphServer, Message

SAM = "sam@seller.example"


def _reply(n: int, *, hours_ago: float = 1.0, **fields: object) -> Message:
    options: dict[str, object] = {
        "id": f"AAMkAG{n:03d}=",
        "mailbox": SAM,
        "received": datetime.now(UTC) - timedelta(hours=hours_ago),
        "sender": "ada@acme.example",
        "subject": f"Automatic reply: our call {n}",
        "body": "I am out of the office until next Monday.",
        "message_id": f"<ooo-{n}@acme.example>",
        "headers": {"Auto-Submitted": "auto-replied", "In-Reply-To": "<t1@seller>"},
        **fields,
    }
    return Message(**options)  # type: ignore[arg-type]


def test_token_is_fetched_once_and_reused(graph: GraphServer, graph_source) -> None:
    graph.messages = [_reply(1)]
    source = graph_source()
    first = source.fetch_since(None, limit=10)
    source.fetch_since(first.watermark, limit=10)
    assert graph.tokens_issued == 1
    assert [m.message_id for m in first.messages] == ["<ooo-1@acme.example>"]


def test_a_wrong_secret_is_a_clear_error(graph: GraphServer, graph_source) -> None:
    source = graph_source(client_secret="wrong")
    with pytest.raises(MailSourceError, match="token refused"):
        source.fetch_since(None, limit=10)


def test_an_expired_token_is_fetched_again(graph: GraphServer) -> None:
    graph.token_lifetime = 60  # shorter than the renewal margin: never reused
    client = GraphClient(graph_settings(graph))
    client.token()
    client.token()
    assert graph.tokens_issued == 2


def test_a_throttled_first_call_waits_for_retry_after(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(1)]
    graph.throttle = [(429, 1)]
    started = time.monotonic()
    batch = graph_source().fetch_since(None, limit=10)
    assert time.monotonic() - started >= 1.0
    assert len(batch.messages) == 1


def test_throttling_longer_than_the_bound_fails_the_pass(
    graph: GraphServer, graph_source
) -> None:
    graph.throttle = [(503, 30)]
    started = time.monotonic()
    with pytest.raises(MailSourceError, match="throttling"):
        graph_source(max_wait=5.0).fetch_since(None, limit=10)
    assert time.monotonic() - started < 5.0  # it did not sleep 30 s first


def test_pages_are_followed_then_the_delta_link_is_kept(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(n) for n in range(5)]
    source = graph_source()
    marks, seen = [], []
    mark = None
    while True:
        batch = source.fetch_since(mark, limit=2)
        seen += [m.message_id for m in batch.messages]
        mark = batch.watermark
        marks.append(mark)
        if not batch.has_more:
            break
    assert len(seen) == 5 and len(set(seen)) == 5
    assert "$skiptoken" in marks[0] and "$deltatoken" in marks[-1]
    # The delta link returns only what arrived since.
    graph.messages.append(_reply(9))
    later = source.fetch_since(mark, limit=2)
    assert [m.message_id for m in later.messages] == ["<ooo-9@acme.example>"]


def test_a_first_read_goes_back_fourteen_days_only(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(1, hours_ago=24 * 20), _reply(2, hours_ago=24 * 3)]
    batch = graph_source().fetch_since(None, limit=10)
    assert [m.message_id for m in batch.messages] == ["<ooo-2@acme.example>"]


def test_an_expired_delta_link_starts_over_from_the_window(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(1, hours_ago=24 * 20), _reply(2, hours_ago=24 * 3)]
    source = graph_source()
    mark = source.fetch_since(None, limit=10).watermark
    graph.expired.add(mark.rpartition("=")[2])
    again = source.fetch_since(mark, limit=10)
    assert [m.message_id for m in again.messages] == ["<ooo-2@acme.example>"]
    assert again.watermark and "$deltatoken" in again.watermark


def test_headers_come_from_the_raw_mime_when_graph_lists_none(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(1, headers_in_json=False)]
    (msg,) = graph_source().fetch_since(None, limit=10).messages
    assert msg.header("Auto-Submitted") == "auto-replied"
    assert msg.in_reply_to == "<t1@seller>"
    assert graph.calls("/$value")


def test_headers_from_internet_message_headers_need_no_mime(
    graph: GraphServer, graph_source
) -> None:
    graph.messages = [_reply(1)]
    (msg,) = graph_source().fetch_since(None, limit=10).messages
    assert msg.header("auto-submitted") == "auto-replied"
    assert msg.sender == "ada@acme.example"
    assert not graph.calls("/$value")


def test_the_reps_scheduled_automatic_replies(graph: GraphServer, graph_source) -> None:
    graph.oof[SAM] = {
        "status": "scheduled",
        "externalAudience": "all",
        "scheduledStartDateTime": {
            "dateTime": "2026-12-21T09:00:00.0000000",
            "timeZone": "W. Europe Standard Time",
        },
        "scheduledEndDateTime": {
            "dateTime": "2027-01-04T08:00:00.0000000",
            "timeZone": "UTC",
        },
        "externalReplyMessage": "<p>Away until 4 January.</p>",
    }
    state = graph_source().oof_state(SAM)
    assert state is not None and state.enabled
    assert state.start == datetime(2026, 12, 21, 8, 0, tzinfo=UTC)  # CET is UTC+1
    assert state.end == datetime(2027, 1, 4, 8, 0, tzinfo=UTC)
    assert state.message == "Away until 4 January."


def test_mailtips_are_asked_only_inside_the_tenant(
    graph: GraphServer, graph_source
) -> None:
    graph.tips = {
        "lin@seller.example": {"message": "On leave until Friday."},
        "bob@prospect.example": {"message": "Out of office."},
    }
    source = graph_source()
    source.tip_domains = ["seller.example"]
    tips = source.mail_tips(["lin@seller.example", "bob@prospect.example"])
    # The prospect is outside the tenant: unknown (missing), never "away" or "not".
    assert set(tips) == {"lin@seller.example"} and tips["lin@seller.example"].enabled
    assert graph.tip_requests == [["lin@seller.example"]]
