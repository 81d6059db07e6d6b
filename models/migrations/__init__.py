"""Alembic environment and revisions (a package so a plain install ships them)."""
