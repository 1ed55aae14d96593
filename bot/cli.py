"""The `madoguchi` command: demo, database, worker, dialog validation and triage."""
import click

from bot.app import logsafety
from bot.app.config import SettingsError
from bot.commands import database, dialog_data, directory, languages, processes, retention, staff


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


for command in (database.db, database.seed_demo, dialog_data.dialogs, dialog_data.triage, staff.staff,
                languages.richmenu, languages.locales, processes.worker, processes.demo, retention.retention,
                directory.places, directory.resources):
    main.add_command(command)


if __name__ == "__main__":
    main()
