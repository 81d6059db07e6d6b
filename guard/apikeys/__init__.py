"""API key management for admins: create (the secret shown once), list, revoke."""
