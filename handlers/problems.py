"""Problems found in what staff or another system sent: a code and its parameters, said in the reader's language.

A Problem *is* its English sentence (a str): what the API, the command line, logs and tests see. Pages say it in
Japanese by looking its code up in the staff catalogs (locales/staff/<lang>.po, msgid "problem.<code>"), so a
message is reworded in one place and its translations never depend on the English wording."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from handlers.languages import LOCALES_DIR

STAFF_LOCALES = LOCALES_DIR / "staff"
STAFF_LANGUAGES = ("ja", "en")  # staff pages are in Japanese; English is what the API and the command line say
PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


class Problem(str):
    """One problem: reads as English; ``code`` and ``params`` let a page say it in its reader's language."""

    code: str
    params: dict[str, str]
    where: str  # the file the problem is in ("" when it is about a form or a request)
    line: int | None

    def __new__(cls, code: str, /, *, where: str = "", line: int | None = None, **params: object) -> "Problem":
        """The problem *code* with its parameters (each shown as text); in a file, it reads "where:line: …"."""
        texts = {name: str(value) for name, value in params.items()}
        english = say(code, texts, "en")
        self = super().__new__(cls, f"{where}:{line}: {english}" if where and line is not None else english)
        self.code, self.params, self.where, self.line = code, texts, where, line
        return self

    def at(self, where: str, line: int | None) -> "Problem":
        """The same problem, located in a file at a line."""
        return Problem(self.code, where=where, line=line, **self.params)

    def said(self, lang: str = "ja") -> str:
        """The problem in *lang* (English when the catalog has no sentence for it)."""
        return say(self.code, self.params, lang)


def say(code: str, params: dict[str, str], lang: str = "ja") -> str:
    """The sentence of *code* in *lang*, its {placeholders} filled (English, then the code, when missing)."""
    template = catalog(lang).get(code) or catalog("en").get(code) or code
    # "{{" and "}}" are literal braces (a sentence may name {placeholders} themselves)
    template = template.replace("{{", "\x00").replace("}}", "\x01")
    filled = PLACEHOLDER.sub(lambda m: params.get(m.group(1), m.group(0)), template)
    return filled.replace("\x00", "{").replace("\x01", "}")


@cache
def catalog(lang: str) -> dict[str, str]:
    """The staff catalog of *lang*: problem code → sentence (msgid "problem.<code>")."""
    path = STAFF_LOCALES / f"{lang}.po"
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        po = read_po(fh)
    return {str(msg.id)[len("problem."):]: str(msg.string) for msg in po
            if msg.id and str(msg.id).startswith("problem.") and msg.string and not msg.fuzzy}


def catalog_problems(root: Path = STAFF_LOCALES) -> list[str]:
    """What is wrong with the staff catalogs: a code missing in a language, or placeholders that differ."""
    out = []
    english = catalog("en")
    for lang in STAFF_LANGUAGES:
        texts = catalog(lang)
        for code, sentence in english.items():
            if code not in texts:
                out.append(f"{root / (lang + '.po')}: problem.{code} is missing")
            elif set(PLACEHOLDER.findall(texts[code])) - set(PLACEHOLDER.findall(sentence)):
                out.append(f"{root / (lang + '.po')}: problem.{code} uses a {{placeholder}} the English does not have")
    return out
