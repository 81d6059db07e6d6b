"""`guard serve`: the API and the manager pages under uvicorn."""

from __future__ import annotations

import typer

from guard.cli import app


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
) -> None:
    """Serve the API on HOST:PORT (settings come from GUARD_* environment variables)."""
    import uvicorn

    uvicorn.run(
        "guard.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
    )
