"""Fixtures: the app on a temporary SQLite (or on PostgreSQL via TEST_DATABASE_URL) and a real fake LINE API."""
import os
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Engine, create_engine, make_url, text

from bot import create_app
from bot.app.config import Settings
from bot.dev.fakeline import FakeLine
from dialogs import loader
from storage import clock, migrate
from storage.models import Base
from tests import routing_cache
from tests.support import SECRET, Resident, serving

routing_cache.install()

PROJECT = Path(__file__).resolve().parent.parent
# Shared fixtures of the console and report tests, registered for every test (no star imports).
pytest_plugins = ("tests.console_fixtures", "tests.reports_fixtures")


class ClosingTestClient(FlaskClient):
    """Flask's test client, closing each response before returning it as a WSGI server does once the
    response is sent (the webhook sends its replies then)."""

    def open(self, *args, **kwargs):
        """Make the request; the response is read and closed."""
        kwargs.setdefault("buffered", True)
        return super().open(*args, **kwargs)


Flask.test_client_class = ClosingTestClient  # every app the tests build


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: two workers per core — many tests spend their time waiting on a browser, a server or a
    database, so twice the cores keeps the CPUs busy (measured: 2 cores, 240 s with 2 workers, 212 s with 4)."""
    return 2 * (os.cpu_count() or 1)


def pytest_addoption(parser) -> None:
    """--database-tests-only: run only the tests that use the test database (CI's second, PostgreSQL pass), leaving
    out the checks of how pages look (marked presentation)."""
    parser.addoption("--database-tests-only", action="store_true",
                     help="run only the tests that use the test database: the rest (triage, catalogs, data "
                          "validation) do not depend on which database is set, and ran in the first pass")


def pytest_collection_modifyitems(config, items) -> None:
    """With --database-tests-only, leave out the tests whose fixtures never reach the database, the checks of how
    pages look and the explorer's exhaustive sweep, and run a test of many wordings with its first one only."""
    if not config.getoption("--database-tests-only"):
        return

    def uses_the_database(item) -> bool:
        return ("database_url" in getattr(item, "fixturenames", ()) and item.get_closest_marker("presentation") is None
                and item.get_closest_marker("dialog_sweep") is None)

    seen: set[tuple[str, str]] = set()

    def first_wording(item) -> bool:
        # a test marked `wordings` runs once per function here: its parameters differ only in the words typed, and
        # what a turn stores is the same for each (all of them ran on SQLite)
        if item.get_closest_marker("wordings") is None:
            return True
        key = (item.nodeid.split("::")[0], getattr(item, "originalname", item.name))
        if key in seen:
            return False
        seen.add(key)
        return True

    kept = [item for item in items if uses_the_database(item) and first_wording(item)]
    kept_ids = {id(item) for item in kept}
    left = [item for item in items if id(item) not in kept_ids]
    if left:
        config.hook.pytest_deselected(items=left)
        items[:] = kept


# A test database need not wait for the disk at every commit (nothing here survives a server crash on purpose):
# on a slow disk the PostgreSQL pass took twice as long with it (the explorer: 51 s against 22 s).
NO_FLUSH_WAIT = 'ALTER DATABASE "{name}" SET synchronous_commit TO off'


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
        conn.execute(text(NO_FLUSH_WAIT.format(name=make_url(url).database)))
    engine.dispose()


def _worker_database(url: str, worker: str) -> str:
    """The database of one parallel test worker (pytest-xdist): TEST_DATABASE_URL's name + the worker's id,
    created on the same server, so workers never empty each other's tables."""
    own = make_url(url)
    own = own.set(database=f"{own.database}_{worker}")
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{own.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{own.database}"'))
        conn.execute(text(NO_FLUSH_WAIT.format(name=own.database)))
    engine.dispose()
    return own.render_as_string(hide_password=False)


def _drop_worker_database(url: str, own: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(own).database}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory, request):
    """A migrated database for the whole run: PostgreSQL when TEST_DATABASE_URL is set (one database per
    parallel worker), else SQLite (a file in each worker's own temporary folder)."""
    url = os.environ.get("TEST_DATABASE_URL")
    worker_id = getattr(request.config, "workerinput", {}).get("workerid", "master")
    own = None
    if url:
        url = url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
        if worker_id != "master":
            own = _worker_database(url, worker_id)
        else:
            _reset_postgres(url)
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    migrate.upgrade(own or url)
    yield own or url
    emptying = _EMPTYING.pop(own or url, None)
    if emptying is not None:
        emptying.dispose()
    if own:
        _drop_worker_database(url, own)


@pytest.fixture(scope="session")
def bundle():
    """The shipped dialog data, loaded once."""
    return loader.load_bundle(PROJECT / "dialogs", "Asia/Tokyo")


@pytest.fixture(scope="session")
def fake_line():
    """A real HTTP fake of the LINE Messaging API on loopback."""
    fake = FakeLine().start()
    yield fake
    fake.stop()


_EMPTYING: dict[str, Engine] = {}  # one engine per test database: a new one per test cost PostgreSQL ~20 ms


def _empty_tables(url: str) -> None:
    engine = _EMPTYING.get(url)
    if engine is None:
        engine = _EMPTYING[url] = create_engine(url, pool_size=1, pool_pre_ping=True)  # a test may cut connections
    tables = list(reversed(Base.metadata.sorted_tables))
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":  # every table in one round trip (psycopg sends a script unprepared)
            conn.exec_driver_sql("; ".join(f'DELETE FROM "{table.name}"' for table in tables))
        else:
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture
def settings(database_url, fake_line, tmp_path) -> Settings:
    """Settings for one test: a clean database, the fake LINE API, a known channel secret."""
    _empty_tables(database_url)
    fake_line.reset()
    clock.reset()
    return Settings.from_env({}, channel_secret=SECRET, access_token="test-token",
                             line_api_endpoint=fake_line.url, database_url=database_url, testing=True,
                             instance_dir=tmp_path, worker_threads=4,
                             live_stream_seconds=2.0)  # pages with a live stream reach "network idle" soon


@pytest.fixture
def app(settings, bundle):
    """The application as production builds it, on the test database."""
    application = create_app({"settings": settings, "bundle": bundle})
    yield application
    application.extensions["madoguchi"].close()
    clock.reset()


@pytest.fixture
def client(app):
    """A Flask test client."""
    return app.test_client()


@pytest.fixture
def api_client(app):
    """A factory of API clients carrying a real bearer token: api_client("counselor") (staff account made once)."""
    from bot.staff import accounts

    def make(role: str = "admin", name: str | None = None):
        name = name or f"api-{role}"
        if accounts.current(app.extensions["madoguchi"].db, name) is None:
            accounts.add(app.extensions["madoguchi"].db, name, role, "api-client-password", ["ja"])
        token = accounts.issue_token(app.extensions["madoguchi"].db, name)
        authed = app.test_client()
        authed.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {token}"
        return authed
    return make


@pytest.fixture
def runtime(app):
    """The app's Runtime (database, pipeline, sender)."""
    return app.extensions["madoguchi"]


@pytest.fixture
def resident(app, fake_line):
    """A LINE user who chats with the bot."""
    return Resident(app, fake_line)


@pytest.fixture
def new_resident(app, fake_line):
    """A factory of further LINE users."""
    return lambda user_id=None: Resident(app, fake_line, user_id)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture
def live_server(app):
    """The app served over real HTTP on a free port (the simulator posts to its own /callback)."""
    with serving(app) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs it")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        opening = instance.new_context

        def new_context(**options):
            """A context whose pages say OK to the confirmation of a destructive action, as a counselor who
            meant to click would (tests/test_confirmations.py checks what the dialogs say and that Cancel
            stops the action)."""
            keep_dialogs = options.pop("keep_dialogs", False)
            context = opening(**options)
            if not keep_dialogs:
                context.on("page", lambda tab: tab.on("dialog", lambda dialog: dialog.accept()))
            return context

        instance.new_context = new_context
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab (its own context: no shared cookies or storage)."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="ja-JP")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture(scope="module")
def classify():
    """Classify one message with the shipped keyword files (the triage tests)."""
    from dialogs.triage import default_classifier
    return default_classifier().classify
