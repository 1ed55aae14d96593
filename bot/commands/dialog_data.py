"""`madoguchi dialogs validate` and `madoguchi triage`: check the data staff edit, read messages as the bot does."""
import json
import sys
from pathlib import Path

import click

from bot.app.config import Settings


@click.group()
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


@click.command()
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
