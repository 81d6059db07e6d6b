"""Inbound replies: classified on arrival and turned into durable state the rules read."""
