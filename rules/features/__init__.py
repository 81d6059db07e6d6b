"""Beyond verdicts: content suggestions, rewrites and sequence lint."""
