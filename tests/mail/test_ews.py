"""ExchangeSource driven for real through exchangelib against a loopback EWS server."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from guard.mail.ews import ExchangeSource
from guard.mail.source import MailSource, MailSourceError

from .ews_server import EwsServer, Fault, Item, Oof

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
Make = Callable[..., ExchangeSource]


def burst_items(count: int, *, start: int = 0, per_second: int = 3) -> list[Item]:
    """Items arriving several to a second, as auto-replies to a sequence do."""
    return [
        Item(
            item_id=f"AAMkAD{i:04d}==",
            received=T0 + timedelta(seconds=i // per_second),
            message_id=f"<reply-{i}@buyer.example>",
        )
        for i in range(start, start + count)
    ]


def drain(
    source: ExchangeSource, watermark: str | None, limit: int
) -> tuple[list[str], str | None]:
    """Poll until the source says there is no more; return message ids in order."""
    seen: list[str] = []
    for _ in range(100):
        batch = source.fetch_since(watermark, limit=limit)
        assert len(batch.messages) <= limit
        seen += [m.message_id for m in batch.messages]
        watermark = batch.watermark
        if not batch.has_more:
            return seen, watermark
    raise AssertionError("the source never said it was done")


class TestFetchSince:
    def test_is_a_mail_source(self, make_source: Make) -> None:
        assert isinstance(make_source(), MailSource)

    @pytest.mark.parametrize("limit", [1, 2, 4, 7, 50], ids=lambda n: f"limit {n}")
    def test_every_item_once_across_batches(
        self, ews: EwsServer, make_source: Make, limit: int
    ) -> None:
        ews.items = burst_items(20, per_second=5)
        ids, _ = drain(make_source(), None, limit)
        assert sorted(ids) == sorted(i.message_id for i in ews.items)
        assert len(ids) == len(set(ids))

    def test_items_arriving_between_polls_in_the_same_second(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = burst_items(5, per_second=10)  # all five in second 0
        source = make_source()
        first, watermark = drain(source, None, 3)
        ews.items += burst_items(4, start=5, per_second=10)  # still second 0
        # a new process picks up from the stored string alone
        second, watermark = drain(make_source(), watermark, 3)
        third, _ = drain(source, watermark, 3)
        assert len(first) == 5 and len(second) == 4 and third == []
        assert set(first).isdisjoint(second)

    def test_a_group_larger_than_the_limit_still_progresses(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = burst_items(12, per_second=100)
        ids, _ = drain(make_source(), None, 2)
        assert len(set(ids)) == 12

    def test_empty_mailbox_keeps_the_watermark(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        batch = make_source().fetch_since(None, limit=10)
        assert batch.messages == [] and batch.watermark is None and not batch.has_more

    def test_converts_an_exchange_auto_reply(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = [
            Item(
                item_id="AAMkADoof==",
                received=T0,
                subject="Automatische Antwort: Grüße",
                sender="Ada.Lovelace@Buyer.example",
                message_id="<oof-1@buyer.example>",
                in_reply_to="<seq-1@seller.example>",
                references="<seq-0@seller.example> <seq-1@seller.example>",
                headers={
                    "Auto-Submitted": "auto-generated",
                    "X-Auto-Response-Suppress": "All",
                    "X-MS-Exchange-Inbox-Rules-Loop": "ada@buyer.example",
                    "auto-submitted": "second value is ignored",
                },
                text_body=None,
                html_body="<html><body><p>Bis <b>30.11.</b> nicht im Büro.</p></body>",
            )
        ]
        (message,) = make_source().fetch_since(None, limit=5).messages
        assert message.message_id == "<oof-1@buyer.example>"
        assert message.item_class == "IPM.Note.Rules.OofTemplate.Microsoft"
        assert message.sender == "ada.lovelace@buyer.example"
        assert message.to == ("sam@seller.example",)
        assert message.in_reply_to == "<seq-1@seller.example>"
        assert message.references == (
            "<seq-0@seller.example>",
            "<seq-1@seller.example>",
        )
        assert message.header("auto-submitted") == "auto-generated"
        assert message.headers["X-Auto-Response-Suppress"] == "All"
        assert message.body == "Bis 30.11. nicht im Büro." and message.body_is_html
        assert message.sent_at == T0 and message.mailbox == "sam@seller.example"

    def test_missing_message_id_gets_a_stable_synthetic_one(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = [Item(item_id="AAMkADnoid==", received=T0, message_id=None)]
        first = make_source().fetch_since(None, limit=1).messages[0].message_id
        again = make_source().fetch_since(None, limit=1).messages[0].message_id
        assert first == again and first.endswith("@ews.cadence-guard.invalid>")

    def test_malformed_items_are_skipped_and_counted(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = burst_items(6, per_second=1)
        ews.items[1].corrupt = True  # the server cannot read it
        ews.items[3].bad_date = True  # the client cannot read it
        source = make_source()
        batch = source.fetch_since(None, limit=10)
        assert batch.skipped == 2
        assert [m.message_id for m in batch.messages] == [
            f"<reply-{i}@buyer.example>" for i in (0, 2, 4, 5)
        ]
        assert source.fetch_since(batch.watermark, limit=10).messages == []

    def test_a_foreign_watermark_is_refused_clearly(self, make_source: Make) -> None:
        with pytest.raises(MailSourceError, match="reset it"):
            make_source().fetch_since("yesterday", limit=1)


class TestRetries:
    def test_throttling_is_waited_out(self, ews: EwsServer, make_source: Make) -> None:
        ews.items = burst_items(3)
        ews.faults = [Fault("busy", op="FindItem", times=2, backoff_ms=100)]
        batch = make_source().fetch_since(None, limit=10)
        assert len(batch.messages) == 3
        assert ews.ops.count("FindItem") == 3

    def test_an_http_500_is_retried(self, ews: EwsServer, make_source: Make) -> None:
        ews.items = burst_items(3)
        ews.faults = [Fault("http500", op="GetItem", times=1)]
        batch = make_source().fetch_since(None, limit=10)
        assert len(batch.messages) == 3
        assert ews.ops.count("GetItem") == 2

    @pytest.mark.parametrize("mode", ["busy", "http500"])
    def test_a_server_that_keeps_failing_gives_up_within_max_wait(
        self, ews: EwsServer, make_source: Make, mode: str
    ) -> None:
        ews.items = burst_items(3)
        source = make_source(max_wait=1.0)
        ews.faults = [Fault(mode, times=None, backoff_ms=200)]
        started = time.monotonic()
        with pytest.raises(MailSourceError, match="max_wait"):
            source.fetch_since(None, limit=10)
        assert time.monotonic() - started < 2.0
        assert len(ews.ops) >= 3  # it did retry before giving up

    def test_a_hanging_server_times_out(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.faults = [Fault("hang", times=None, hang_seconds=2.0)]
        source = make_source(request_timeout=0.5)
        started = time.monotonic()
        with pytest.raises(MailSourceError, match="fetching new items"):
            source.fetch_since(None, limit=10)
        assert time.monotonic() - started < 1.5

    def test_wrong_password_fails_clearly(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        source = make_source(password="wrong", max_wait=0.5)
        with pytest.raises(MailSourceError, match="credentials"):
            source.fetch_since(None, limit=1)


class TestOofState:
    def test_scheduled_reply(self, ews: EwsServer, make_source: Make) -> None:
        ews.oof["sam@seller.example"] = Oof(
            state="Scheduled",
            reply="<html><body><p>Away until 30 Nov.</p></body></html>",
        )
        state = make_source().oof_state("sam@seller.example")
        assert state is not None and state.enabled
        assert state.start == datetime(2026, 11, 20, tzinfo=UTC)
        assert state.end == datetime(2026, 11, 30, tzinfo=UTC)
        assert state.message == "Away until 30 Nov."

    def test_disabled(self, ews: EwsServer, make_source: Make) -> None:
        ews.oof["sam@seller.example"] = Oof(state="Disabled")
        state = make_source().oof_state("sam@seller.example")
        assert state is not None and not state.enabled and state.start is None

    def test_another_mailbox_the_server_refuses(self, make_source: Make) -> None:
        assert make_source().oof_state("ceo@seller.example") is None


class TestMailTips:
    def test_out_of_office_recipients(self, ews: EwsServer, make_source: Make) -> None:
        ews.tips["ada@buyer.example"] = Oof(
            state="Scheduled", reply="Back on 1 December"
        )
        ews.tips["bob@buyer.example"] = Oof(state="Enabled", reply="On leave")
        tips = make_source().mail_tips(
            ["Ada@Buyer.example", "bob@buyer.example", "cy@buyer.example"]
        )
        assert tips["ada@buyer.example"].enabled
        assert tips["ada@buyer.example"].end == datetime(2026, 11, 30, tzinfo=UTC)
        assert tips["ada@buyer.example"].message == "Back on 1 December"
        assert (
            tips["bob@buyer.example"].enabled
            and tips["bob@buyer.example"].start is None
        )
        assert not tips["cy@buyer.example"].enabled

    def test_a_server_without_mail_tips_answers_empty(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.faults = [Fault("http500", op="GetMailTips", times=None)]
        assert make_source(max_wait=0.3).mail_tips(["ada@buyer.example"]) == {}

    def test_no_recipients_no_request(self, ews: EwsServer, make_source: Make) -> None:
        assert make_source().mail_tips([]) == {}
        assert "GetMailTips" not in ews.ops


class TestSharedProtocol:
    def test_two_mailboxes_of_one_service_account_keep_their_own_bounds(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        patient = make_source(mailbox="sam@seller.example", max_wait=5.0)
        hasty = make_source(mailbox="kim@seller.example", max_wait=0.3)
        ews.faults = [Fault("busy", times=None, backoff_ms=200)]
        started = time.monotonic()
        with pytest.raises(MailSourceError, match=r"max_wait=0\.3"):
            hasty.fetch_since(None, limit=1)
        assert time.monotonic() - started < 1.5
        ews.faults = [Fault("busy", times=3, backoff_ms=200)]
        assert patient.fetch_since(None, limit=1).messages == []


class TestSyncFolderItems:
    """SyncFolderItems with the server's sync state (GUARD_EWS_SYNC_FOLDER_ITEMS)."""

    def test_every_item_once_then_only_new_ones(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        now = datetime.now(UTC)
        ews.items = [
            Item(item_id=f"AAMkS{i}==", received=now - timedelta(minutes=30 - i),
                 message_id=f"<s-{i}@buyer.example>")
            for i in range(5)
        ]  # fmt: skip
        source = make_source(sync_folder_items=True)
        ids, mark = drain(source, None, 2)
        assert ids == [f"<s-{i}@buyer.example>" for i in range(5)]
        assert mark and mark.startswith("sync:|")
        assert "SyncFolderItems" in ews.ops and "FindItem" not in ews.ops
        ews.items.append(
            Item(item_id="AAMkSnew==", received=now, message_id="<s-new@buyer.example>")
        )
        # A new process resumes from the stored state alone.
        again, _ = drain(make_source(sync_folder_items=True), mark, 2)
        assert again == ["<s-new@buyer.example>"]

    def test_a_first_sync_delivers_only_the_window(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        now = datetime.now(UTC)
        ews.items = [
            Item(item_id=f"AAMkO{i}==", received=now - timedelta(days=400 - i),
                 message_id=f"<old-{i}@buyer.example>")
            for i in range(4)
        ] + [Item(item_id="AAMkR==", received=now - timedelta(days=2),
                  message_id="<recent@buyer.example>")]  # fmt: skip
        ids, _ = drain(make_source(sync_folder_items=True, window_days=14), None, 2)
        assert ids == ["<recent@buyer.example>"]
        # Old items were walked by id only, never fetched.
        assert ews.ops.count("GetItem") == 1

    def test_throttled_sync_is_waited_out(
        self, ews: EwsServer, make_source: Make
    ) -> None:
        ews.items = [Item(item_id="AAMkT==", received=datetime.now(UTC))]
        ews.faults = [Fault("busy", op="SyncFolderItems", times=2, backoff_ms=100)]
        batch = make_source(sync_folder_items=True).fetch_since(None, limit=10)
        assert len(batch.messages) == 1
        assert ews.ops.count("SyncFolderItems") == 3


def test_oauth2_client_credentials_from_the_servers_token_endpoint(
    ews: EwsServer, make_source: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    # oauthlib refuses plain http unless told; the loopback server has no TLS.
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    ews.items = [Item(item_id="AAMkOA==", received=datetime.now(UTC))]
    source = make_source(
        auth_type="OAuth2",
        token_url=ews.token_url,
        oauth_scope="https://mail.seller.example/.default",
        sync_folder_items=True,
    )
    assert len(source.fetch_since(None, limit=5).messages) == 1
    (asked,) = ews.token_requests
    assert asked["grant_type"] == "client_credentials"
    assert asked["scope"] == "https://mail.seller.example/.default"
