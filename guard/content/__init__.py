"""The content library in the database: /v1/content, and the cache decisions read."""
