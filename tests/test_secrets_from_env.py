"""Secrets come only from the environment: none is written in the code, and without them production still
starts (so nothing is hidden behind a default) but refuses what would need them — /callback answers 503
without LINE_CHANNEL_SECRET, staff pages answer 503 without SECRET_KEY — while the demo makes up its own."""
import ast
import re
from pathlib import Path

from bot import create_app
from bot.app.config import Settings
from bot.dev.demo import demo_settings

PROJECT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("bot", "storage", "handlers", "dialogs")
SECRET_NAME = re.compile(r"secret|token|passw|api_?key|private_?key|credential|signature|webhook_url", re.I)
# Literals under such names that are not secrets, and why.
NOT_SECRETS = {
    "madoguchi-demo": "the demo staff password, printed by `madoguchi demo` and written in the README on purpose",
    "csrf_token": "the name of the form field", "X-CSRF-Token": "the name of the header",
    "unset": "what LineApi sends when LINE_CHANNEL_ACCESS_TOKEN is not set (LINE refuses it)",
    "X-Line-Signature": "the name of the header", "X-Line-Retry-Key": "the name of the header",
    "APIトークン発行": "audit actions' Japanese names on /admin/audit", "APIトークン無効化": "the same",
    "パスワード変更": "the same", "パスワード再発行": "the same",
}
# What a pasted credential looks like: a LINE channel secret (32 hex) or a long token without spaces.
CREDENTIAL_SHAPE = re.compile(r"[0-9a-f]{32}|[A-Za-z0-9+/=_\-.]{40,}")


def string_assignments(tree):
    """(line, name, value) of each string literal given to a name: assignments, keywords, defaults, dict keys."""
    for node in ast.walk(tree):
        pairs = []
        if isinstance(node, ast.Assign):
            pairs = [(t, node.value) for t in node.targets]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            pairs = [(node.target, node.value)]
        elif isinstance(node, ast.keyword) and node.arg:
            pairs = [(ast.Name(id=node.arg), node.value)]
        elif isinstance(node, ast.Dict):
            pairs = [(k, v) for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args.args + node.args.kwonlyargs
            defaults = [None] * (len(node.args.args) - len(node.args.defaults)) + node.args.defaults
            pairs = [(ast.Name(id=a.arg), d) for a, d in zip(args, defaults + node.args.kw_defaults) if d is not None]
        for target, value in pairs:
            name = getattr(target, "id", None) or getattr(target, "attr", None) or getattr(target, "value", None)
            if isinstance(name, str) and isinstance(value, ast.Constant) and isinstance(value.value, str):
                yield value.lineno, name, value.value


def code_files():
    """The product's Python files (tests and the virtualenv are not shipped code)."""
    for folder in CODE_DIRS:
        yield from sorted((PROJECT / folder).rglob("*.py"))


def secret_looking(source: str) -> list[str]:
    """'line name = value' for each literal given to a secret-sounding name (prose, such as a page telling
    an operator to set SECRET_KEY, is not a secret)."""
    found = []
    for line, name, value in string_assignments(ast.parse(source)):
        prose = len(value) > 60 and " " in value
        if SECRET_NAME.search(name) and value and value not in NOT_SECRETS and not prose:
            found.append(f"{line} {name} = {value!r}")
    return found


def test_the_scan_finds_a_secret_however_it_is_written():
    planted = """
LINE_CHANNEL_SECRET = "3f1c0d9e"
settings.secret_key = "hunter2hunter2"
def connect(token="abc"): ...
Settings(access_token="xyz", channel_secret: str = "s")
CONFIG = {"password": "pw"}
"""
    planted = planted.replace("channel_secret: str = ", "channel_secret=")
    assert len(secret_looking(planted)) == 6


def test_no_secret_is_written_in_the_code():
    found = [f"{path.relative_to(PROJECT)}:{hit}" for path in code_files()
             for hit in secret_looking(path.read_text(encoding="utf-8"))]
    assert found == [], "secrets come from the environment (bot/app/config.py), never from the code"


def test_no_literal_in_the_code_looks_like_a_pasted_credential():
    found = []
    for path in code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " not in node.value:
                if CREDENTIAL_SHAPE.fullmatch(node.value) and not node.value.startswith(("http", "/")):
                    found.append(f"{path.relative_to(PROJECT)}:{node.lineno} {node.value[:12]}…")
    assert found == []


def test_with_nothing_in_the_environment_there_is_no_secret_at_all_and_the_session_key_is_made_up_each_time():
    one, two = Settings.from_env({}), Settings.from_env({})
    assert one.channel_secret is None and one.access_token is None and one.office_webhook_url is None
    assert one.secret_key_generated and len(one.secret_key) >= 64 and one.secret_key != two.secret_key
    set_ = Settings.from_env({"SECRET_KEY": "k" * 40, "LINE_CHANNEL_SECRET": "s", "LINE_CHANNEL_ACCESS_TOKEN": "t"})
    assert (set_.secret_key, set_.channel_secret, set_.access_token) == ("k" * 40, "s", "t")
    assert not set_.secret_key_generated


def test_production_without_secrets_starts_but_refuses_what_needs_them(settings, bundle, api_client):
    bare = Settings.from_env({}, database_url=settings.database_url, instance_dir=settings.instance_dir,
                             line_api_endpoint=settings.line_api_endpoint, inprocess_worker=False)
    assert not bare.testing and not bare.demo
    app = create_app({"settings": bare, "bundle": bundle})
    try:
        client = app.test_client()
        webhook = client.post("/callback", data=b'{"events": []}', headers={"X-Line-Signature": "x"})
        assert webhook.status_code == 503 and "LINE_CHANNEL_SECRET" in webhook.get_json()["error"]
        for page in ("/console/login", "/console/", "/admin/", "/admin/dialogs", "/admin/reports/"):
            resp = client.get(page)
            assert resp.status_code == 503 and "SECRET_KEY" in resp.get_data(as_text=True), page
        assert client.post("/console/login", data={"name": "a", "password": "b"}).status_code == 503
        assert client.get("/healthz").status_code == 200
        assert client.get("/api/v1/conversations").status_code == 401  # bearer tokens need no SECRET_KEY
    finally:
        app.extensions["madoguchi"].close()


def test_the_demo_makes_up_its_own_channel_secret_and_token_for_each_run(monkeypatch):
    for name in ("LINE_CHANNEL_SECRET", "LINE_CHANNEL_ACCESS_TOKEN", "SECRET_KEY"):
        monkeypatch.delenv(name, raising=False)
    one, two = demo_settings("http://127.0.0.1:1"), demo_settings("http://127.0.0.1:1")
    assert one.demo and one.channel_secret and one.access_token and one.secret_key
    assert one.channel_secret != two.channel_secret and one.access_token != two.access_token
    assert one.secret_key != two.secret_key
    monkeypatch.setenv("LINE_CHANNEL_SECRET", "from-the-environment")
    assert demo_settings("http://127.0.0.1:1").channel_secret == "from-the-environment"
