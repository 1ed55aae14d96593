"""The web surfaces of Madoguchi: create_app() builds the Flask application."""
import logging
from importlib import import_module

from flask import Flask

from bot.app import logsafety
from bot.app.config import Settings
from bot.app.current import EXTENSION
from bot.app.runtime import Runtime

# Every surface's routes, in one list. A module here defines a blueprint `bp`, or adds routes to one defined
# earlier in the list (the console's pages live in seven modules on the one "console" blueprint).
SURFACES = (
    "bot.line.webhook",
    "bot.app.health",
    "bot.console.views", "bot.console.conversation_page", "bot.console.history", "bot.console.bookings",
    "bot.console.kiosk_devices", "bot.console.privacy", "bot.console.live", "bot.console.media",
    "bot.admin.views", "bot.admin.directory", "bot.admin.staff", "bot.admin.dialogs.views", "bot.admin.dialogs.forms",
    "bot.admin.reports",
    "bot.api.conversations", "bot.api.booking", "bot.api.places",
    "bot.kiosk.views",
)
DEV_SURFACES = ("bot.dev.simulator",)  # the simulator: only in the demo and in tests


def create_app(test_config: dict | None = None) -> Flask:
    """Application factory: `gunicorn 'bot:create_app()'` in production, fixtures in tests."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logsafety.install()  # no resident's words or LINE id in any log line, tracebacks included
    logging.getLogger("transitions").setLevel(logging.WARNING)  # it logs every callback at INFO
    overrides = dict(test_config or {})
    bundle = overrides.pop("bundle", None)
    settings = overrides.pop("settings", None) or Settings.from_env(**overrides)
    app = Flask(__name__, instance_path=str(settings.instance_dir.resolve()))
    app.config.update(SECRET_KEY=settings.secret_key, TESTING=settings.testing, MAX_CONTENT_LENGTH=2 * 1024 * 1024,
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
    from bot.app import http_safety
    from bot.staff import security
    security.install(app, settings)
    http_safety.install_json(app)
    http_safety.install_converters(app)
    http_safety.install_api_errors(app)
    http_safety.install_text_check(app)
    runtime = Runtime(settings, bundle=bundle)
    app.extensions[EXTENSION] = runtime
    if settings.rehearse and not settings.testing:
        from bot.line.rehearsal import rehearse
        rehearse(runtime)  # the first resident does not pay for this worker's first-time costs
    if settings.inprocess_worker and not settings.testing:
        runtime.serve_in_this_process()
    # Every request first makes sure this worker serves the newest published dialog version
    # (one cheap SELECT at most every few seconds), so a publish reaches all workers without a restart.
    @app.before_request
    def _serve_newest_dialogs():
        runtime.refresh_dialogs()

    for blueprint in _blueprints(SURFACES + (DEV_SURFACES if settings.demo or settings.testing else ())):
        app.register_blueprint(blueprint)
    if not settings.testing:
        from bot.app import heap
        heap.settle()  # after everything the worker keeps is built
    return app


def _blueprints(modules: tuple[str, ...]) -> list:
    """The blueprints the modules define, each once, in the order of the list."""
    found = []
    for name in modules:
        blueprint = getattr(import_module(name), "bp", None)
        if blueprint is not None and blueprint not in found:
            found.append(blueprint)
    return found
