"""The command groups of `madoguchi` (bot/cli.py adds each to the main group), one module per topic."""
