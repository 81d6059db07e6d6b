"""Optional OpenTelemetry traces: on when OTEL_EXPORTER_OTLP_ENDPOINT is set.

The SDK and the OTLP exporter are an extra (`pip install 'cadence-guard[otel]'`),
imported only here and only then: without them the guard runs exactly as before and
says once why there are no traces. The exporter reads the standard OTEL_* variables
(endpoint, headers, service name).
"""

from __future__ import annotations

import logging
import os
from typing import Any

log = logging.getLogger("guard.tracing")
ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT"


def tracer() -> Any | None:
    """A tracer exporting over OTLP/HTTP, or None (not asked for, or not installed)."""
    if not os.environ.get(ENDPOINT):
        return None
    try:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
            OTLPSpanExporter,
        )
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor
    except ImportError:
        log.warning(
            "%s is set but OpenTelemetry is not installed "
            "(pip install 'cadence-guard[otel]'): no traces",
            ENDPOINT,
        )
        return None
    service = os.environ.get("OTEL_SERVICE_NAME", "cadence-guard")
    provider = TracerProvider(resource=Resource.create({"service.name": service}))
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
    return provider.get_tracer("guard")
