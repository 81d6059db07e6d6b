"""Suppressions: what stopped the guard from contacting someone, and undoing it."""
