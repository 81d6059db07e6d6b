"""The check contract's parsing and serialisation: pydantic v2 (what the guard uses)
against msgspec and orjson, on the same payloads (docs/performance.md).

- in: a CheckIn from the JSON bytes a CRM sends. pydantic as FastAPI does it for
  /v1/checks (json.loads, then validate the dict), pydantic from the bytes directly
  (the hook: `CheckIn.model_validate_json`), and a msgspec Struct with the same
  constraints (lengths, the address shape, the literals, an aware ISO 8601 time,
  exactly one of email or external_id, an agent's id);
- out: a CheckOut with two findings, evidence and three suggestions to JSON bytes:
  pydantic `model_dump_json` (what FastAPI sends for a response_model), orjson on
  the model's dict, and msgspec from a Struct.

CPU microseconds per call (time.process_time, best of the rounds, every contender
in each round: a loaded machine skews them alike). msgspec and orjson are optional:
without them only pydantic is timed.

    PYTHONPATH=. python -m bench.serialisation
"""

import json
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Literal

from bench.common import write_result
from guard.checks.schemas import CheckIn, CheckOut

ROUNDS = 7
CALLS = 3000

PAYLOAD = json.dumps(
    {
        "contact": {"email": "katherine@northwind.example"},
        "sender": {"email": "sam@seller.example"},
        "channel": "email",
        "subject": "Rollout checklist",
        "body": "Hi Katherine,\n\nHere is the rollout checklist you asked for: "
        "https://content.example.com/rollout-checklist. It lists the three steps "
        "your operations team owns in week one.\n\nBest,\nSam",
        "planned_at": "2026-12-14T10:00:00Z",
        "sequence": {"id": "q4-outbound", "step": 3},
        "automated": True,
        "idempotency_key": "crm-msg-123",
    }
).encode()

ANSWER = {
    "check_id": "chk_01JEXAMPLE0000000000000000",
    "verdict": "defer",
    "deliver_after": datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
    "findings": [
        {
            "rule": "ooo.active",
            "verdict": "defer",
            "severity": "high",
            "message": "Ada Lovelace is out of the office until Tue 1 Dec (auto-reply "
            "of Fri 20 Nov); deferred to Wed 2 Dec 08:00 Ada's time (Europe/London).",
            "evidence": [
                {
                    "source": "absence",
                    "id": "1",
                    "text": "out of the office until Tuesday 1 December",
                }
            ],
            "deliver_after": datetime(2026, 12, 2, 8, 0, tzinfo=UTC),
        },
        {
            "rule": "bump.premature",
            "verdict": "rewrite",
            "severity": "high",
            "message": "This message is a bump with no new value; wait at least 5.",
            "evidence": [
                {
                    "source": "message",
                    "field": "body",
                    "start": 16,
                    "end": 28,
                    "text": "following up",
                },
                {
                    "source": "message",
                    "field": "body",
                    "start": 43,
                    "end": 63,
                    "text": "had a chance to look",
                },
            ],
        },
    ],
    "rewrite": "Hi Grace,\n\nIn the meantime, a few resources that may help.",
    "suggestions": [
        {
            "asset_id": f"asset-{n}",
            "title": f"Resource {n}",
            "url": f"https://content.example.com/{n}",
            "why": "suits an evaluator in the consideration stage",
        }
        for n in range(3)
    ],
    "pack_revision": "default@2026-12-01",
    "model_id": "bump-2026-11",
}


def _best_us(fn: Callable[[], object], rounds: list[float]) -> None:
    started = time.process_time()
    for _ in range(CALLS):
        fn()
    rounds.append((time.process_time() - started) * 1e6 / CALLS)


def _msgspec_contenders() -> dict[str, tuple[Callable[[], object], ...]]:
    """The msgspec Structs mirroring the contract, or {} when msgspec is absent."""
    try:
        import msgspec
    except ImportError:
        return {}
    address = msgspec.Meta(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    Address = Annotated[str, address]
    Name = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]

    class ContactRef(msgspec.Struct, forbid_unknown_fields=True):
        email: Address | None = None
        external_id: Name | None = None

        def __post_init__(self) -> None:
            if (self.email is None) == (self.external_id is None):
                raise ValueError("give exactly one of 'email' or 'external_id'")

    class SenderRef(msgspec.Struct, forbid_unknown_fields=True):
        email: Address
        kind: Literal["human", "agent"] = "human"
        agent_id: (
            Annotated[
                str,
                msgspec.Meta(
                    min_length=1, max_length=200, pattern=r"^[A-Za-z0-9._:@/-]+$"
                ),
            ]
            | None
        ) = None

        def __post_init__(self) -> None:
            if (self.kind == "agent") != (self.agent_id is not None):
                raise ValueError("an agent sender needs 'agent_id'; a human has none")

    class SequenceRef(msgspec.Struct, forbid_unknown_fields=True):
        id: Name
        step: Annotated[int, msgspec.Meta(ge=0, le=1000)] | None = None

    class CheckInStruct(msgspec.Struct, forbid_unknown_fields=True):
        contact: ContactRef
        sender: SenderRef
        channel: Literal["email", "linkedin", "call", "sms"]
        planned_at: Annotated[datetime, msgspec.Meta(tz=True)]
        subject: Annotated[str, msgspec.Meta(max_length=2000)] = ""
        body: str = ""
        body_html: str | None = None
        sequence: SequenceRef | None = None
        automated: bool = False
        assets: Annotated[list[str], msgspec.Meta(max_length=50)] = []
        language: str | None = None
        dry_run: bool = False
        idempotency_key: (
            Annotated[str, msgspec.Meta(min_length=1, max_length=300)] | None
        ) = None
        override_token: Annotated[str, msgspec.Meta(max_length=200)] | None = None
        sent_check_ids: Annotated[list[str], msgspec.Meta(max_length=100)] = []

    class EvidenceOut(msgspec.Struct):
        source: str
        text: str = ""
        id: str | None = None
        start: int | None = None
        end: int | None = None
        field: str | None = None

    class FindingOut(msgspec.Struct):
        rule: str
        verdict: str
        severity: str
        message: str
        evidence: list[EvidenceOut] = []
        deliver_after: datetime | None = None
        overridable: bool = True

    class SuggestionOut(msgspec.Struct):
        title: str
        url: str
        why: str
        asset_id: str | None = None

    class CheckOutStruct(msgspec.Struct):
        check_id: str | None
        verdict: str
        pack_revision: str
        deliver_after: datetime | None = None
        findings: list[FindingOut] = []
        rewrite: str | None = None
        suggestions: list[SuggestionOut] = []
        review_id: int | None = None
        model_id: str | None = None
        dry_run: bool = False
        replayed: bool = False
        held_for_review: bool = False

    decoder = msgspec.json.Decoder(CheckInStruct)
    answer = msgspec.convert(ANSWER, CheckOutStruct)
    encoder = msgspec.json.Encoder()
    parsed = decoder.decode(PAYLOAD)
    assert parsed.contact.email == "katherine@northwind.example"
    return {
        "in": (lambda: decoder.decode(PAYLOAD),),
        "out": (lambda: encoder.encode(answer),),
    }


def main() -> dict[str, object]:
    model = CheckOut.model_validate(ANSWER)
    contenders: dict[str, dict[str, Callable[[], object]]] = {
        "in": {
            "pydantic_loads_then_validate (FastAPI body)": lambda: (
                CheckIn.model_validate(json.loads(PAYLOAD))
            ),
            "pydantic_validate_json (the hook)": lambda: CheckIn.model_validate_json(
                PAYLOAD
            ),
        },
        "out": {"pydantic_model_dump_json (FastAPI response)": model.model_dump_json},
    }
    extra = _msgspec_contenders()
    if extra:
        contenders["in"]["msgspec_decode_struct"] = extra["in"][0]
        contenders["out"]["msgspec_encode_struct"] = extra["out"][0]
    try:
        import orjson

        contenders["out"]["orjson_dumps_model_dump"] = lambda: orjson.dumps(
            model.model_dump(), option=orjson.OPT_UTC_Z
        )
    except ImportError:
        pass
    # The same JSON out of each serialiser (orjson told to write UTC as Z, as
    # pydantic does), so each would answer the same contract.
    reference = json.loads(model.model_dump_json())
    for name, fn in contenders["out"].items():
        assert json.loads(fn()) == reference, name
    results: dict[str, dict[str, float]] = {}
    for direction, fns in contenders.items():
        timings: dict[str, list[float]] = {name: [] for name in fns}
        for fn in fns.values():
            fn()
        for _ in range(ROUNDS):
            for name, fn in fns.items():
                _best_us(fn, timings[name])
        results[direction] = {name: round(min(v), 2) for name, v in timings.items()}
    return write_result(
        "serialisation",
        {
            "unit": "CPU microseconds per call, best of rounds",
            "rounds": ROUNDS,
            "calls_per_round": CALLS,
            "payload_bytes": len(PAYLOAD),
            "answer_bytes": len(model.model_dump_json()),
            "check_in": results["in"],
            "check_out": results["out"],
        },
    )


if __name__ == "__main__":
    main()
