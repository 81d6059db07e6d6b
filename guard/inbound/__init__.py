"""Inbound replies: classified on arrival, turned into state the rules read."""
