"""Message analysis: pure CPU, no database. Outgoing sends and inbound replies."""
