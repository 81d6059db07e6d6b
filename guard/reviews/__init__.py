"""Manager review of blocked sends: the queue, decisions, override tokens issued, and
the outbox that tells the CRM (guard/reviews/outbox.py)."""
