"""Random and truncated MIME through POST /v1/inbound: a 4xx at worst, never a 5xx."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIXTURES = [
    p.read_bytes()
    for p in sorted((Path(__file__).parent.parent / "mail" / "fixtures").glob("*.eml"))
]


@st.composite
def truncated(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(FIXTURES))
    cut = draw(st.integers(0, len(data)))
    noise = draw(st.binary(max_size=64))
    return data[:cut] + noise


def test_no_5xx(client: TestClient, auth: dict) -> None:
    headers = {**auth["integration"], "content-type": "message/rfc822"}

    @settings(
        max_examples=300,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(st.one_of(truncated(), st.binary(max_size=3000)))
    def post(data: bytes) -> None:
        answer = client.post("/v1/inbound", content=data, headers=headers)
        assert answer.status_code < 500, answer.text

    post()
