"""`madoguchi places …` and `madoguchi resources …`: the local directory imported and exported as CSV."""
import sys
from pathlib import Path

import click

from bot.app.config import Settings


def directory_command(kind: str):
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
        from handlers import directory_export
        from storage.db import Database
        db = Database(Settings.from_env().database_url)
        try:
            with db.session() as session:
                text = directory_export.export_places(session) if kind == "places" else directory_export.export_resources(session)
        finally:
            db.dispose()
        if output:
            output.write_text(text, encoding="utf-8")
            click.echo(f"{kind} written to {output}")
        else:
            click.echo(text, nl=False)

    return group


places = directory_command("places")
resources = directory_command("resources")
