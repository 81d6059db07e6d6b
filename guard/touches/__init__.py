"""Touches that happened outside the guard (CRM, engagement tools, manual sends)."""
