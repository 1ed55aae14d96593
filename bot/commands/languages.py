"""`madoguchi richmenu deploy` and `madoguchi locales template`: the per-language menus and catalogs."""
import sys
from pathlib import Path

import click

from bot.app.config import Settings


@click.group()
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


@click.group()
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
