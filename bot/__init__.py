"""The web surfaces of Madoguchi: create_app() builds the Flask application."""
import logging
import sys

from flask import Flask
from flask.testing import FlaskClient

from bot import logsafety
from bot.config import Settings
from bot.runtime import Runtime

DEFAULT_SWITCH_INTERVAL = 0.005  # Python's default
SQLITE_SWITCH_INTERVAL = 0.0005


class ClosingTestClient(FlaskClient):
    """Flask's test client, closing each response before returning it as a WSGI server does once the
    response is sent (the webhook sends its replies then)."""

    def open(self, *args, **kwargs):
        """Make the request; the response is read and closed."""
        kwargs.setdefault("buffered", True)
        return super().open(*args, **kwargs)


def create_app(test_config: dict | None = None) -> Flask:
    """Application factory: `gunicorn 'bot:create_app()'` in production, fixtures in tests."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logsafety.install()  # no resident's words or LINE id in any log line, tracebacks included
    logging.getLogger("transitions").setLevel(logging.WARNING)  # it logs every callback at INFO
    overrides = dict(test_config or {})
    bundle = overrides.pop("bundle", None)
    settings = overrides.pop("settings", None) or Settings.from_env(**overrides)
    # On SQLite, threads hand the one write lock to each other many times a second; with the default 5 ms
    # GIL switch interval each hand-over can stall that long, so switch faster. PostgreSQL has no such
    # queue, and there the faster switching only cost CPU (twice the context switches per event).
    sys.setswitchinterval(SQLITE_SWITCH_INTERVAL if settings.database_url.startswith("sqlite")
                          else DEFAULT_SWITCH_INTERVAL)
    app = Flask(__name__, instance_path=str(settings.instance_dir.resolve()))
    app.test_client_class = ClosingTestClient
    app.config.update(SECRET_KEY=settings.secret_key, TESTING=settings.testing, MAX_CONTENT_LENGTH=2 * 1024 * 1024,
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
    from bot import http_safety, security
    security.install(app, settings)
    http_safety.install_json(app)
    http_safety.install_converters(app)
    http_safety.install_api_errors(app)
    http_safety.install_text_check(app)
    runtime = Runtime(settings, bundle=bundle)
    app.extensions["madoguchi"] = runtime
    if settings.inprocess_worker and not settings.testing:
        runtime.start_sweeper()
    # Every request first makes sure this worker serves the newest published dialog version
    # (one cheap SELECT at most every few seconds), so a publish reaches all workers without a restart.
    @app.before_request
    def _serve_newest_dialogs():
        runtime.refresh_dialogs()

    from bot import (admin, admin_directory, admin_staff, api_booking, api_conversations, api_places, console, editor,
                     health, kiosk, webhook)
    app.register_blueprint(webhook.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(console.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(admin_directory.bp)
    app.register_blueprint(admin_staff.bp)
    app.register_blueprint(editor.bp)
    app.register_blueprint(api_conversations.bp)
    app.register_blueprint(api_booking.bp)
    app.register_blueprint(kiosk.bp)
    app.register_blueprint(api_places.bp)
    from bot import admin_reports
    app.register_blueprint(admin_reports.bp)
    if settings.demo or settings.testing:
        from bot import simulator
        app.register_blueprint(simulator.bp)
    return app


def runtime_of(app: Flask) -> Runtime:
    """The Runtime attached to an app."""
    return app.extensions["madoguchi"]
