"""OpenTelemetry is an optional extra: traces when asked for and installed, else none."""

from __future__ import annotations

import importlib.util
import logging

import pytest
from fastapi.testclient import TestClient

from guard.observability import tracing
from guard.observability.requests import RequestLog

HAS_SDK = importlib.util.find_spec("opentelemetry.sdk") is not None


def test_no_endpoint_no_tracer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tracing.ENDPOINT, raising=False)
    assert tracing.tracer() is None


@pytest.mark.skipif(HAS_SDK, reason="the otel extra is installed")
def test_an_endpoint_without_the_extra_says_so_and_serves_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(tracing.ENDPOINT, "http://127.0.0.1:4318")
    with caplog.at_level(logging.WARNING, logger="guard.tracing"):
        assert tracing.tracer() is None
    assert "cadence-guard[otel]" in caplog.text


@pytest.mark.skipif(not HAS_SDK, reason="the otel extra is not installed")
def test_each_request_is_a_span_named_by_its_route(client: TestClient) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
        InMemorySpanExporter,
    )

    exported = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exported))
    traced = RequestLog(client.app, tracer=provider.get_tracer("test"))
    # No second lifespan: the app is already serving `client`.
    TestClient(traced).get("/healthz", headers={"X-Request-ID": "span-1"})
    (span,) = exported.get_finished_spans()
    assert span.name == "GET /healthz"
    assert span.attributes["guard.request_id"] == "span-1"
