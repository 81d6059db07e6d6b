"""`guard serve`: the API and the manager pages under uvicorn."""

from __future__ import annotations

from typing import Any

import typer

from guard.cli import app
from guard.cli.errors import fail

# SIGTERM: uvicorn stops accepting connections and gives the requests in flight this
# long to finish (every wait in a request is bounded well below it), then stops anyway.
# A container's stop grace period must be longer (docker-compose.yml).
GRACEFUL_SHUTDOWN_SECONDS = 10


@app.command("serve")
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to bind."),
    port: int = typer.Option(8000, help="Port to listen on."),
    workers: int = typer.Option(1, min=1, help="Worker processes."),
) -> None:
    """Serve the API on HOST:PORT (settings come from GUARD_* environment variables)."""
    import uvicorn
    from pydantic import ValidationError

    from guard.observability import directory, logs
    from guard.policy import load_policy
    from guard.settings import get_settings
    from rules.engine.packs import PackError
    from rules.features.content import ContentError

    # Refuse to start on a broken policy, with the problems listed, before any worker
    # process starts and dies with a traceback.
    try:
        settings = get_settings()
        policy = load_policy(settings)
    except PackError as exc:
        for file, key, message in exc.problems[:-1]:
            typer.echo(f"error: {file}: {key}: {message}", err=True)
        file, key, message = exc.problems[-1]
        raise fail(f"{file}: {key}: {message}") from exc
    except ValidationError as exc:  # say what is wrong, not the model's name
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        raise fail(f"{where}: {message}" if where else message) from exc
    except ContentError as exc:
        raise fail(str(exc).splitlines()[0]) from exc
    try:
        # Before anything imports prometheus_client: every worker process counts in
        # files under the state dir, and a scrape of any of them sums them all.
        directory.prepare(settings.state_dir, "serve")
    except OSError as exc:
        raise fail(f"GUARD_STATE_DIR: {exc}") from exc
    logs.configure(settings.log_level, settings.log_format)
    if settings.metrics_port:
        from guard.observability.exporter import serve_metrics

        try:
            serve_metrics(settings, policy)
        except OSError as exc:  # the port is taken, or the address is not ours
            raise fail(f"GUARD_METRICS_PORT: {exc}") from exc
    # One worker: this process serves, with the policy just loaded (loading it again
    # cost ~0.1 s CPU of the start). More: each worker process builds its own app.
    if workers == 1:
        from guard.app import create_app

        target: Any = create_app(settings, policy)
    else:
        target = "guard.app:create_app"
    uvicorn.run(
        target,
        factory=workers > 1,
        host=host,
        port=port,
        workers=workers,
        access_log=False,
        # Our JSON lines (guard.observability.logs), not uvicorn's text ones.
        log_config=None,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )


@app.command("warm-cache")
def warm_cache() -> None:
    """Build every language pipeline and the inbound lexicon once and keep their
    compiled expressions in GUARD_CACHE_DIR (default GUARD_STATE_DIR/cache), so that
    a new container's first start is as fast as a restart (the Dockerfile runs it)."""
    from pydantic import ValidationError

    from guard.analysis.text.pipeline import warm_up
    from guard.settings import get_settings

    try:
        settings = get_settings()
    except ValidationError as exc:
        raise fail(str(exc.errors()[0]["msg"])) from exc
    where = settings.regex_cache_dir
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise fail(f"GUARD_CACHE_DIR: {exc}") from exc
    warm_up(cache_dir=where)
    files = sorted(where.glob("*"))
    size = sum(f.stat().st_size for f in files) / 1e6
    typer.echo(f"{where}: {len(files)} files, {size:.1f} MB")
