"""Sequence lint: a sales sequence checked against sample contacts before launch."""
