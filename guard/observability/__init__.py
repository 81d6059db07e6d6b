"""Metrics (Prometheus), structured logs and optional traces: how an operator sees the
guard at work without reading a message."""
