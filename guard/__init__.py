"""Cadence Guard: the service (API, manager pages, CLI, mail sync) around the rules."""
