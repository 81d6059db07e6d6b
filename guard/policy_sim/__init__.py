"""Policy simulation: re-run stored checks under another pack, with no side effects."""
