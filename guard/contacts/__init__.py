"""Accounts and contacts: what the guard knows about the people sellers write to."""
