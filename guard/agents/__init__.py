"""AI agents as senders: their teams, trust levels and what goes to review."""
