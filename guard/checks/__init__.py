"""Checking planned sends: /v1/checks and friends."""
