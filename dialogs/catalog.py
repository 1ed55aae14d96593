"""Message catalogs: every text a resident reads, by message id, per language (gettext .po via Babel)."""
import re
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po

from handlers import languages

PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")


@dataclass
class Catalog:
    """Texts by language and message id; Japanese is the source every other language falls back to."""

    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    fuzzy: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def from_directory(cls, root: Path = languages.LOCALES_DIR) -> "Catalog":
        """Read every locales/<code>/LC_MESSAGES/*.po (one file per domain: messages, console, places…)."""
        catalog = cls()
        for code in languages.codes():
            for path in sorted((root / code / "LC_MESSAGES").glob("*.po")):
                catalog.load_po(code, path)
        if languages.SOURCE not in catalog.texts:
            raise FileNotFoundError(f"{root}/ja/LC_MESSAGES/messages.po: the Japanese source catalog is missing")
        return catalog

    def load_po(self, code: str, path: Path) -> None:
        """Add one .po file to *code*; fuzzy entries are remembered but never shown to residents."""
        with path.open("rb") as fh:
            po = read_po(fh, locale=languages.get(code).babel)
        texts, fuzzy = {}, set()
        for msg in po:
            if not msg.id:
                continue
            if msg.fuzzy:
                fuzzy.add(str(msg.id))
            elif msg.string:
                texts[str(msg.id)] = str(msg.string)
        self.texts.setdefault(code, {}).update(texts)
        self.fuzzy.setdefault(code, set()).update(fuzzy)

    def ids(self) -> set[str]:
        """Every message id the source catalog defines."""
        return set(self.texts[languages.SOURCE])

    def has(self, msg_id: str) -> bool:
        """True when the source catalog defines *msg_id*."""
        return msg_id in self.texts[languages.SOURCE]

    def raw(self, lang: str, msg_id: str) -> str:
        """The unformatted text in *lang*, falling back to Japanese."""
        text = self.texts.get(lang, {}).get(msg_id)
        if text is None:
            text = self.texts[languages.SOURCE].get(msg_id)
        if text is None:
            raise KeyError(f"unknown message id {msg_id!r}")
        return text

    def text(self, lang: str, msg_id: str, **params) -> str:
        """The text for *msg_id* in *lang* with {placeholders} filled in."""
        raw = self.raw(lang, msg_id)
        return PLACEHOLDER.sub(lambda m: str(params.get(m.group(1), m.group(0))), raw)

