"""The `madoguchi` command: demo, database, worker, dialog validation and triage."""
import json
import signal
import sys
import time
from pathlib import Path

import click

from bot.app import logsafety
from bot.app.config import Settings, SettingsError


class _Commands(click.Group):
    """The command group; a setting that cannot be used ends any command with its variable's name."""

    def invoke(self, ctx):
        """Run the command; report SettingsError as a usage error (exit status 1), not a traceback."""
        try:
            return super().invoke(ctx)
        except SettingsError as error:
            raise click.ClickException("settings that cannot be used:\n  " + "\n  ".join(error.problems)) from None


@click.group(cls=_Commands)
def main():
    """Madoguchi (窓口): first contact on LINE for livelihood-support centres."""
    logsafety.install()


# --- database ------------------------------------------------------------------------------
@main.group()
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


@main.command("seed-demo")
@click.option("--only", multiple=True, help="Run only these seed steps (e.g. --only places).")
def seed_demo(only):
    """Load the demo data (slots and whatever other features add) into DATABASE_URL; safe to run again."""
    from bot.dev import seed
    from storage import migrate
    settings = Settings.from_env()
    migrate.upgrade(settings.database_url)
    for line in seed.run_all(settings, only=list(only) or None):
        click.echo(line)


# --- dialogs -------------------------------------------------------------------------------
@main.group()
def dialogs():
    """The dialog scripts and data staff edit."""


@dialogs.command("validate")
@click.option("--dir", "data_dir", type=click.Path(path_type=Path), default=None,
              help="Folder with intake.yaml, data/ and keywords/ (default: the shipped dialogs/).")
def dialogs_validate(data_dir):
    """Check every script and data file; list each problem as file:line: reason."""
    from dialogs import loader
    settings = Settings.from_env()
    problems = loader.validate(data_dir or settings.data_dir, settings.tz)
    for line in problems:
        click.echo(line)
    if problems:
        click.echo(f"{len(problems)} problem(s) found", err=True)
        sys.exit(1)
    click.echo("all dialog files are valid")


# --- triage --------------------------------------------------------------------------------
@main.command()
@click.option("--lang", default=None, help="Language hint (ja, en, vi, …) for every line.")
@click.option("--explain", is_flag=True, help="Also say why: which entry of which file matched, what cancelled it.")
def triage(lang, explain):
    """Read one message per line (text or {"text", "lang"} JSON) and print what the bot reads in it."""
    from dialogs.triage import default_classifier
    from dialogs.triage.explain import render
    classifier = default_classifier()
    for raw in sys.stdin:
        line = raw.rstrip("\n")
        text, hint = line, lang
        if line.lstrip().startswith("{"):
            try:
                obj = json.loads(line)
                text, hint = str(obj.get("text", "")), obj.get("lang") or lang
            except ValueError:
                pass
        if explain:
            click.echo(render(text, classifier.explain(text, hint)))
            continue
        result = classifier.classify(text, hint)
        click.echo(json.dumps(result.to_json_dict(), ensure_ascii=False))


# --- staff ---------------------------------------------------------------------------------
def _db():
    from storage.db import Database
    return Database(Settings.from_env().database_url)


@main.group()
def staff():
    """Staff accounts for the console, /admin and the API."""


@staff.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["counselor", "editor", "admin"]), required=True)
@click.option("--languages", default="ja", show_default=True, help="Languages this person works in, e.g. ja,en,vi.")
@click.option("--display-name", default=None, help="Name shown to colleagues and in greetings (default: NAME).")
def staff_add(name, role, languages, display_name):
    """Create an account; the password is asked for (or read from stdin when it is not a terminal)."""
    from bot.staff import accounts
    if sys.stdin.isatty():
        password = click.prompt("password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    langs = [code.strip() for code in languages.split(",") if code.strip()]
    try:
        who = accounts.add(_db(), name, role, password, langs, display_name)
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"added {who.name} ({who.role}; languages: {', '.join(langs)})")


@staff.command("token")
@click.argument("name")
@click.option("--days", type=click.IntRange(1, 366), default=90, show_default=True, help="How long the token is valid.")
def staff_token(name, days):
    """Print a new API token for NAME (the last word of the output); only its hash is stored."""
    from bot.staff import accounts
    try:
        token = accounts.issue_token(_db(), name, days)
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"API token for {name}, valid {days} days (shown once): {token}")


def _account_change(action, *args) -> None:
    from bot.staff import accounts
    try:
        return action(_db(), *args)
    except accounts.StaffError as exc:
        raise click.ClickException(str(exc)) from None


@staff.command("list")
def staff_list():
    """Every account: role, active or not, valid API tokens."""
    from bot.staff import accounts
    for row in accounts.accounts(_db()):
        state = "active" if row["active"] else "DEACTIVATED"
        click.echo(f"{row['name']}\t{row['role']}\t{state}\ttokens: {row['tokens']}")


@staff.command("deactivate")
@click.argument("name")
def staff_deactivate(name):
    """Stop NAME's account: every session and API token stops working at once."""
    from bot.staff import accounts
    _account_change(accounts.set_active, name, False, "cli")
    click.echo(f"deactivated {name}: signed out everywhere; API tokens refused")


@staff.command("reactivate")
@click.argument("name")
def staff_reactivate(name):
    """Let NAME sign in again (tokens revoked meanwhile stay revoked)."""
    from bot.staff import accounts
    _account_change(accounts.set_active, name, True, "cli")
    click.echo(f"reactivated {name}")


@staff.command("password")
@click.argument("name")
def staff_password(name):
    """Set a new password for NAME (asked for, or read from stdin); every session of NAME ends."""
    from bot.staff import accounts
    if sys.stdin.isatty():
        password = click.prompt("new password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    _account_change(accounts.change_password, name, password, "cli")
    click.echo(f"new password set for {name}; signed out everywhere")


@staff.command("revoke-tokens")
@click.argument("name")
def staff_revoke_tokens(name):
    """Revoke every API token of NAME."""
    from bot.staff import accounts
    count = _account_change(accounts.revoke_tokens, name, "cli")
    click.echo(f"revoked {count} token(s) of {name}")


# --- languages -----------------------------------------------------------------------------
@main.group()
def richmenu():
    """The rich menu under the chat, one per language."""


@richmenu.command("deploy")
@click.option("--lang", "langs", multiple=True, help="Only these languages (repeatable); default: all.")
@click.option("--images", type=click.Path(path_type=Path), default=None,
              help="Also save each menu's PNG in this folder (to look at them).")
def richmenu_deploy(langs, images):
    """Draw each language's menu from the catalog, create it on LINE, make Japanese the default, relink residents."""
    from bot.app.runtime import Runtime
    from bot.line import richmenu as menus
    from handlers import languages
    unknown = sorted(set(langs) - set(languages.codes()))
    if unknown:
        raise click.BadParameter(f"unknown language(s) {', '.join(unknown)}; use {' '.join(languages.codes())}")
    runtime = Runtime(Settings.from_env(), background=False)
    try:
        for item in menus.deploy(runtime, list(langs) or None, images):
            click.echo(f"{item.lang:8} {item.menu_id}" + (f"  ({item.note})" if item.note else ""))
    finally:
        runtime.close()


@main.group()
def locales():
    """The message catalogs (see docs/i18n.md)."""


@locales.command("template")
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Folder for the .pot files (default: locales/).")
def locales_template(out):
    """Write locales/<domain>.pot from the Japanese source, for `pybabel update`; check the code's ids exist."""
    from babel.messages.pofile import write_po

    from dialogs import extract
    from handlers import languages
    root = languages.LOCALES_DIR
    out = out or root
    known = set()
    for source in sorted((root / languages.SOURCE / "LC_MESSAGES").glob("*.po")):
        pot = extract.template(source)
        known |= {m.id for m in pot if m.id}
        with (out / f"{source.stem}.pot").open("wb") as fh:
            write_po(fh, pot, width=100, omit_header=False)
        click.echo(f"wrote {out / (source.stem + '.pot')}")
    missing = {m: w for m, w in extract.used_ids(root.parent).items() if m not in known}
    for msg_id, where in sorted(missing.items()):
        click.echo(f"{where[0]}: '{msg_id}' is used but not in locales/ja", err=True)
    if missing:
        sys.exit(1)


# --- processes -----------------------------------------------------------------------------
@main.command()
@click.option("--every", default=2.0, show_default=True, help="Seconds between passes.")
@click.option("--once", is_flag=True, help="One pass, then exit.")
def worker(every, once):
    """Retry unprocessed events and undelivered messages; send scheduled work (run one or more)."""
    from bot.app.runtime import Runtime
    runtime = Runtime(Settings.from_env(), background=False)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    click.echo("madoguchi worker running")
    try:
        while not stop["now"]:
            try:
                runtime.sweep_once()
            except Exception as exc:  # noqa: BLE001 - database down: say so and try again
                click.echo(f"worker pass failed ({type(exc).__name__}); retrying", err=True)
            if once:
                break
            time.sleep(every)
    except KeyboardInterrupt:
        pass
    finally:
        runtime.close()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--line-port", default=0, help="Port of the built-in fake LINE API (0: any free port).")
def demo(host, port, line_port):
    """Everything on one machine with no LINE account: SQLite, fake LINE API, simulator."""
    from bot.dev.demo import run_demo
    run_demo(host, port, line_port)


# --- retention -------------------------------------------------------------------------------
@main.group()
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


# --- the local directory (places to be, helping agencies) -----------------------------------
def _directory_command(kind: str):
    """The `places` / `resources` command group: import and export as CSV."""
    group = click.Group(kind, help=f"The {kind} of the local directory as CSV (columns: docs/places.md).")

    @group.command("import")
    @click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--replace", is_flag=True, help=f"{kind.capitalize()} missing from the file become inactive.")
    def do_import(path, replace):
        """Import a CSV file: all rows or none; every bad row is listed by line and reason."""
        from handlers import directory_csv
        from handlers.datafile import DataError
        from handlers.directory import PlacesConfig
        from storage import clock
        from storage.db import Database
        settings = Settings.from_env()
        text = directory_csv.decode(path.read_bytes())
        db = Database(settings.database_url)
        try:
            with db.session() as session:
                if kind == "places":
                    config = PlacesConfig.load(settings.data_dir / "data" / "places.yaml")
                    counts = directory_csv.import_places(session, text, clock.now(), path.name, replace,
                                                         set(config.areas) or None)
                else:
                    counts = directory_csv.import_resources(session, text, clock.now(), path.name, replace)
        except DataError as exc:
            for line in exc.problems:
                click.echo(line, err=True)
            click.echo(f"{len(exc.problems)} problem(s) found; nothing was imported", err=True)
            sys.exit(1)
        finally:
            db.dispose()
        click.echo(f"{kind} imported from {path.name}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))

    @group.command("export")
    @click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="Write to this file (default: standard output).")
    def do_export(output):
        """Export every active row as CSV (UTF-8), in the columns import reads."""
        from handlers import directory_csv
        from storage.db import Database
        db = Database(Settings.from_env().database_url)
        try:
            with db.session() as session:
                text = directory_csv.export_places(session) if kind == "places" else directory_csv.export_resources(session)
        finally:
            db.dispose()
        if output:
            output.write_text(text, encoding="utf-8")
            click.echo(f"{kind} written to {output}")
        else:
            click.echo(text, nl=False)

    return group


main.add_command(_directory_command("places"))
main.add_command(_directory_command("resources"))



if __name__ == "__main__":
    main()
