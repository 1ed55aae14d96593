"""`madoguchi staff …`: staff accounts and API tokens."""
import sys

import click

from bot.app.config import Settings


def _db():
    from storage.db import Database
    return Database(Settings.from_env().database_url)


@click.group()
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
