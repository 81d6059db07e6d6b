"""`guard integrations`: CRMs and engagement tools that call the pre-dispatch hook."""

from __future__ import annotations

import json

import typer

from guard.cli import app
from guard.cli.errors import fail
from guard.cli.session import session_scope

integrations_app = typer.Typer(help="Webhook integrations.", no_args_is_help=True)
app.add_typer(integrations_app, name="integrations")


@integrations_app.command("create")
def create(
    name: str = typer.Option(..., help="A name for the CRM or tool."),
    mode: str | None = typer.Option(
        None,
        help="fail_open or fail_closed: the answer when the guard cannot decide "
        "(default: GUARD_FALLBACK_MODE).",
    ),
    callback_url: str | None = typer.Option(
        None, help="Where review decisions are sent."
    ),
) -> None:
    """Create an integration; print its API key and webhook secret as JSON."""
    from sqlalchemy import select

    from guard.auth import create_key
    from guard.hooks.signature import new_secret
    from guard.reviews.callbacks import UnsafeCallback, check_callback_url
    from guard.settings import get_settings
    from models import FALLBACK_MODES, Integration

    mode = mode or get_settings().fallback_mode
    if mode not in FALLBACK_MODES:
        raise fail(f"--mode must be one of {', '.join(FALLBACK_MODES)}, not {mode!r}")
    if callback_url:
        allow = get_settings().allow_private_callbacks
        try:
            check_callback_url(callback_url, allow_private=allow)
        except UnsafeCallback as exc:
            raise fail(f"--callback-url: {exc.detail}") from None
    with session_scope() as db:
        if db.scalar(select(Integration.id).where(Integration.name == name)):
            raise fail(f"an integration named {name!r} exists; pick another name")
        key, raw = create_key(db, role="integration", name=f"integration:{name}")
        secret = new_secret()
        db.add(
            Integration(
                name=name,
                api_key_id=key.id,
                mode=mode,
                callback_url=callback_url,
                secrets=[secret],
            )
        )
    typer.echo(
        json.dumps(
            {"name": name, "mode": mode, "api_key": raw, "webhook_secret": secret}
        )
    )


@integrations_app.command("rotate-secret")
def rotate_secret(
    name: str = typer.Argument(..., help="The integration's name."),
) -> None:
    """Add a webhook secret; the previous one stays valid until the next rotation."""
    from sqlalchemy import select

    from guard.hooks.signature import new_secret
    from models import Integration

    with session_scope() as db:
        row = db.scalar(select(Integration).where(Integration.name == name))
        if row is None:
            raise fail(f"no integration named {name!r}")
        secret = new_secret()
        # Two valid at once: the CRM switches over without a failed call.
        row.secrets = [secret, *(row.secrets or [])[:1]]
    typer.echo(json.dumps({"name": name, "webhook_secret": secret, "valid_secrets": 2}))


@integrations_app.command("revoke")
def revoke(
    name: str = typer.Option(..., "--name", help="The integration's name."),
) -> None:
    """Revoke the integration's API key; its calls are refused within a second."""
    from guard.apikeys.service import revoke_integration
    from guard.cli.keys import revoke_with

    key_id, _ = revoke_with(lambda db: revoke_integration(db, name=name, actor="cli"))
    typer.echo(f"revoked integration {name} (key {key_id})")
