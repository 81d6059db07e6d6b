"""Touches that happened outside the guard (CRM, sales-engagement tools, manual sends)."""
