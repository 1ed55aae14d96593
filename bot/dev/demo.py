"""`madoguchi demo`: the product on a laptop — SQLite in ./instance, a fake LINE API, the simulator."""
import os
import secrets

import click
from werkzeug.serving import make_server

from bot.app.config import Settings
from bot.dev.fakeline import FakeLine
from storage import migrate


def demo_settings(line_url: str, **overrides) -> Settings:
    """Settings for the demo: the local fake LINE API, and a channel secret and token made up for this run
    (the simulator signs with whatever the settings hold; no secret is written in the code)."""
    env = dict(os.environ)
    env.setdefault("LINE_CHANNEL_SECRET", secrets.token_hex(16))
    env.setdefault("LINE_CHANNEL_ACCESS_TOKEN", secrets.token_urlsafe(32))
    env["LINE_API_ENDPOINT"] = line_url
    return Settings.from_env(env, demo=True, **overrides)


def run_demo(host: str, port: int, line_port: int) -> None:
    """Start the fake LINE API and the app; serve until Ctrl-C. Data is kept between runs."""
    from bot import create_app
    fake = FakeLine(line_port).start()
    settings = demo_settings(fake.url)
    migrate.upgrade(settings.database_url)
    from bot.dev import seed
    app = create_app({"settings": settings})
    logins = "\n  ".join(seed.run_all(settings, app.extensions["madoguchi"].db))
    server = make_server(host, port, app, threaded=True)
    base = f"http://{host}:{port}"
    click.echo(f"""
Madoguchi demo is running (data: {settings.database_url})
  simulator  {base}/simulator      chat as one or several residents
  console    {base}/console        counselors (open two browsers to work side by side)
  admin      {base}/admin          editors: publish and cancel accompanied-visit slots
  kiosk      {base}/kiosk          reception tablet (use a separate browser profile; enroll it with a
                                   code from {base}/console/kiosks)
  {logins}
  webhook    {base}/callback       (signed events; the simulator uses it)
  fake LINE  {fake.url}
Ctrl-C stops it; running it again keeps the data.
""")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("stopping")
    finally:
        server.shutdown()
        app.extensions["madoguchi"].close()
        fake.stop()
