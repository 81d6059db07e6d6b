"""Mail sources that feed inbound replies into the guard."""
