"""One decision, with I/O at the edges: snapshot -> analysis -> rules -> record."""
