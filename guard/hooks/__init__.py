"""The CRM's pre-dispatch webhook: signed, idempotent, answering within its budget."""
