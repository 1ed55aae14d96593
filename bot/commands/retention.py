"""`madoguchi retention show` and `madoguchi retention purge`: the retention policy and its purge."""
import click

from bot.app.config import Settings


@click.group()
def retention():
    """The retention policy (dialogs/data/retention.yaml) and its purge."""


def _policy(settings):
    from handlers.retention_policy import RetentionPolicy
    return RetentionPolicy.load(settings.data_dir / "data" / "retention.yaml")


@retention.command("show")
def retention_show():
    """Print how long each kind of data is kept."""
    policy = _policy(Settings.from_env())
    for kind, days in policy.days.items():
        click.echo(f"{kind:16} {days:5} days")
    click.echo(f"{'after_unfollow':16} {policy.after_unfollow:5} days")
    click.echo(f"{'run_at':16} {policy.run_at:%H:%M} (local time, daily, by `madoguchi worker`)")


class _DryRun(Exception):
    """Raised to roll back a dry run."""


@retention.command("purge")
@click.option("--dry-run", is_flag=True, help="Count what would be removed, change nothing.")
def retention_purge(dry_run):
    """Apply the retention policy now (the worker also does it daily); print what was removed."""
    from handlers import retention as purge_rules
    from storage import clock, repo_console
    from storage.db import Database
    settings = Settings.from_env()
    policy = _policy(settings)
    db = Database(settings.database_url)
    result = None
    try:
        with db.session() as session:
            result = purge_rules.purge(session, policy, clock.now())
            if dry_run:
                raise _DryRun
            repo_console.audit(session, "system", "retention_purge", clock.now(), via="cli", detail=result.summary())
    except _DryRun:
        pass
    finally:
        db.dispose()
    click.echo(("would remove: " if dry_run else "removed: ") + result.summary())
