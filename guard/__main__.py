"""`python -m guard` runs the CLI."""

from guard.cli import main

main()
