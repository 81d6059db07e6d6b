"""create_app(): the FastAPI application, its routers, error handlers and limits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from guard import errors
from guard.absences.endpoints import router as absences_router
from guard.agents.endpoints import router as agents_router
from guard.analysis.text.language import SUPPORTED
from guard.analysis.text.pipeline import warm_up
from guard.apikeys.endpoints import router as keys_router
from guard.auth import KeyCache
from guard.checks.endpoints import router as checks_router
from guard.collector import freeze_once_warm
from guard.contacts.endpoints import router as contacts_router
from guard.content.cache import ContentCache
from guard.content.endpoints import router as content_router
from guard.db import open_database
from guard.engine.decide import warm_decision
from guard.explain.endpoints import router as explain_router
from guard.headers import SecurityHeaders
from guard.health import router as health_router
from guard.hooks import snapshot_file
from guard.hooks.endpoints import router as hooks_router
from guard.hooks.registry import IntegrationCache, kept_fresh
from guard.inbound.endpoints import router as inbound_router
from guard.learning.cache import ActiveModelCache
from guard.limits import BodyLimit
from guard.mailnotify.endpoints import router as mail_notify_router
from guard.mcp import http as mcp_http
from guard.observability import logs, tracing
from guard.observability.endpoint import router as metrics_router
from guard.observability.requests import RequestLog
from guard.policy import Policy, load_policy
from guard.policy_sim.endpoints import router as policy_sim_router
from guard.privacy.endpoints import router as privacy_router
from guard.reviews.endpoints import router as reviews_router
from guard.senders.endpoints import router as senders_router
from guard.sequences.endpoints import router as sequences_router
from guard.settings import Settings, get_settings
from guard.state import GuardState
from guard.suppressions.endpoints import router as suppressions_router
from guard.touches.endpoints import router as touches_router
from guard.unit_of_work import refuse_writes_outside_units
from guard.url_check import NoNulInUrl
from guard.web import install as install_pages

DESCRIPTION = """
Cadence Guard checks every planned sales touch **before dispatch** against the
contact's journey stage, persona, buying-group position, out-of-office status and touch
history, and answers `allow`, `warn`, `rewrite`, `defer` or `block` with reasons and
evidence.

Authenticate with `Authorization: Bearer <key>` (create keys with `guard keys create`).
Errors are `application/problem+json` (RFC 9457).
"""


def create_app(
    settings: Settings | None = None, policy: Policy | None = None
) -> FastAPI:
    """The app; `policy`: already loaded from `settings` (by `guard serve`)."""
    settings = settings or get_settings()
    logs.configure(settings.log_level, settings.log_format)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        open_database(state, settings)
        # English, the detector, the models and one whole decision before serving;
        # the other languages in a background thread right after. /readyz answers 503
        # "starting" until every one is built, so a first French check never waits
        # for a pipeline (README, "Measured") while /healthz already answers.
        state.warming = warm_up(
            background=tuple(lang for lang in SUPPORTED if lang != "en"),
            cache_dir=settings.regex_cache_dir,
        )
        warm_decision(state.policy)
        freeze_once_warm(state.warming)
        with kept_fresh(state.integrations, settings):
            async with mcp_http.running(state):
                yield
        state.engine.dispose()

    app = FastAPI(
        title="Cadence Guard",
        version="1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state = state = GuardState()
    state.settings = settings
    # The policy is loaded before serving: a broken pack stops start-up, not a request.
    state.policy = policy or load_policy(settings)
    state.content = ContentCache()
    state.models = ActiveModelCache()
    state.integrations = IntegrationCache(
        snapshot_file.path_for(settings.state_dir, settings.database_url),
        settings.revocation_poll_seconds,
    )
    # Callers by API key, as long as the integrations' revision stamp stands.
    state.keys = KeyCache()
    errors.install(app)
    # The dispatch path first: every request walks the routes in this order.
    for router in (
        hooks_router,
        checks_router,
        health_router,
        contacts_router,
        touches_router,
        absences_router,
        inbound_router,
        content_router,
        keys_router,
        senders_router,
        policy_sim_router,
        sequences_router,
        reviews_router,
        suppressions_router,
        mail_notify_router,
        agents_router,
        privacy_router,
        explain_router,
        metrics_router,
    ):
        app.include_router(router)
    install_pages(app)
    mcp_http.install(app)
    refuse_writes_outside_units(app.routes)
    app.add_middleware(
        BodyLimit,
        default=settings.max_message_bytes * 2 + 64 * 1024,
        per_path={
            "/v1/inbound": settings.max_mime_bytes + 64 * 1024,
            "/v1/checks:batch": settings.max_batch_bytes,
        },
    )
    app.add_middleware(NoNulInUrl)
    # Outside the limits: the 413 and 422 answers of BodyLimit carry the headers too.
    app.add_middleware(SecurityHeaders)
    # Around everything: every answer gets its request id, log line and metrics.
    app.add_middleware(RequestLog, tracer=tracing.tracer())
    return app
