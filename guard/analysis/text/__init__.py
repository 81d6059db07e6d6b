"""Shared text work: HTML to text, quotes, signatures, dates, languages, pipelines."""
