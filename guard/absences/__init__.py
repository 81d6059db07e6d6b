"""Absences entered by hand (auto-replies create theirs through /v1/inbound)."""
