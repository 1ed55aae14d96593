"""`madoguchi db upgrade` and `madoguchi seed-demo`: the schema and the demo data."""
import click

from bot.app.config import Settings


@click.group()
def db():
    """Database schema."""


@db.command("upgrade")
@click.option("--revision", default="head", show_default=True)
def db_upgrade(revision):
    """Apply the migrations to DATABASE_URL."""
    from storage import migrate
    settings = Settings.from_env()
    migrate.upgrade(settings.database_url, revision)
    click.echo(f"database is at revision {revision}")


@click.command("seed-demo")
@click.option("--only", multiple=True, help="Run only these seed steps (e.g. --only places).")
def seed_demo(only):
    """Load the demo data (slots and whatever other features add) into DATABASE_URL; safe to run again."""
    from bot.dev import seed
    from storage import migrate
    settings = Settings.from_env()
    migrate.upgrade(settings.database_url)
    for line in seed.run_all(settings, only=list(only) or None):
        click.echo(line)
