"""Senders and their teams: which team's policy applies to a seller's sends."""
