"""Data protection: retention of message text, and data-subject export and erasure."""
