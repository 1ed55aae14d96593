"""Reads one keyword file's document: its settings (language, matching, accents, scripts, characters,
morphology) and, through EntryReader, its entry lists, into a LexiconSpec."""

from __future__ import annotations

import re

import yaml

from handlers.problems import Problem

from ..dialect import read_rewrites
from ..labels import SCRIPTS, SECTIONS
from ..normalise import ACCENT_MODES, ACCENTS_EXACT, ACCENTS_IGNORED, MATCHING_MODES, clean, filler_form
from .entries import EntryReader
from .spec import LexiconSpec

TOP_LEVEL_KEYS = (
    "language",
    "name",
    "matching",
    "accents",
    "scripts",
    "morphology",
    "markers",
    "marker_letters",
    "hesitation",
    "courtesy",
    "fold_characters",
    "spellings",
    "scope",
    "dialect",
    *SECTIONS,
)
REQUIRED_KEYS = ("language", "matching", "scripts")
# "ne", or "ne-latn": the same language typed in another script, with a file of its own, reported as "ne"
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z]{4})?$")


class FileReader(EntryReader):
    """Walks one YAML document, building a LexiconSpec and collecting problems with line numbers."""

    def read(self, root: yaml.Node | None) -> LexiconSpec | None:
        """Validate the whole document and build its spec (None when it cannot be used)."""
        if root is None:
            self.problem(None, Problem("lexicon.file_empty"))
            return None
        top = self.mapping(root, "the file")
        for name, (key, _) in top.items():
            if name == "implies":
                self.problem(key, Problem("lexicon.implies_here"))
            elif name == "kana_readings":
                self.problem(key, Problem("lexicon.kana_readings"))
            elif name not in TOP_LEVEL_KEYS:
                self.problem(key, Problem("lexicon.unknown_setting", name=name, known=", ".join(TOP_LEVEL_KEYS)))
        missing = [name for name in REQUIRED_KEYS if name not in top]
        if missing:
            self.problem(root, Problem("lexicon.missing_settings", missing=", ".join(missing)))
            return None

        def optional(name: str, read, default):
            return read(top[name][1]) if name in top else default

        lang = self.language(top["language"][1])
        matching = self.matching(top["matching"][1])
        scripts = self.scripts(top["scripts"][1])
        characters = optional("fold_characters", self.fold_characters, {})
        accents = optional("accents", self.accents, ACCENTS_IGNORED)
        optional("name", lambda node: self.text(node, "name"), None)
        if lang is None or matching is None:
            return None
        self.keep_accents = accents == ACCENTS_EXACT
        rules = []
        for section, labels in SECTIONS.items():
            rules += optional(section, lambda node: self.section(node, section, labels, matching, characters), [])
        spellings = optional("spellings", lambda node: self.spellings(node, matching, characters), {})
        self.patterns_use_spelling(rules, spellings, matching, characters)
        return LexiconSpec(
            lang=lang,
            path=str(self.path),
            matching=matching,
            scripts=scripts,
            accents=accents,
            morphology=optional("morphology", self.morphology, False),
            markers=optional("markers", lambda node: self.markers(node, matching), ()),
            marker_letters=optional("marker_letters", self.marker_letters, ""),
            hesitation=optional("hesitation", lambda node: self.phrases(node, "hesitation", filler_form), ()),
            courtesy=optional("courtesy", lambda node: self.phrases(node, "courtesy", clean), ()),
            fold_characters=characters,
            spellings=spellings,
            scope=optional("scope", lambda node: self.scope(node, matching, characters), {}),
            rules=tuple(rules),
            dialect=optional("dialect", lambda node: read_rewrites(self, node), ()),
        )

    def language(self, node: yaml.Node) -> str | None:
        """The language code, which must match the file name."""
        lang = self.text(node, "language")
        if lang is None:
            return None
        if not _LANGUAGE_CODE.match(lang):
            self.problem(node, Problem("lexicon.language_code", lang=lang))
            return None
        if lang != self.path.stem:
            self.problem(node, Problem("lexicon.language_file", lang=lang, file=self.path.name))
        return lang

    def matching(self, node: yaml.Node) -> str | None:
        """The matching mode: anywhere or words."""
        mode = self.text(node, "matching")
        if mode is not None and mode not in MATCHING_MODES:
            self.problem(node, Problem("lexicon.matching", choices=", ".join(MATCHING_MODES), value=mode))
            return None
        return mode

    def accents(self, node: yaml.Node) -> str:
        """How accents are compared: ignore or exact_when_written."""
        value = self.text(node, "accents")
        if value is not None and value not in ACCENT_MODES:
            self.problem(node, Problem("lexicon.accents", choices=", ".join(ACCENT_MODES), value=value))
            return ACCENTS_IGNORED
        return value or ACCENTS_IGNORED

    def scripts(self, node: yaml.Node) -> tuple[str, ...]:
        """The writing systems the language uses."""
        found = []
        for name, item in self.texts(node, "scripts"):
            if name not in SCRIPTS:
                self.problem(item, Problem("lexicon.script", name=name, known=", ".join(SCRIPTS)))
            else:
                found.append(name)
        return tuple(found)

    def fold_characters(self, node: yaml.Node) -> dict[int, str]:
        """A one-character-to-one-character map applied before matching."""
        table: dict[int, str] = {}
        for name, (key, value) in self.mapping(node, "fold_characters").items():
            target = self.text(value, f"fold_characters '{name}'")
            if len(name) != 1 or (target is not None and len(target) != 1):
                self.problem(key, Problem("lexicon.fold_characters"))
            elif target is not None:
                table[ord(name)] = target
        return table

    def marker_letters(self, node: yaml.Node) -> str:
        """Letters that show a message is in this language (spaces and line breaks ignored)."""
        return "".join((self.text(node, "marker_letters") or "").split())

    def morphology(self, node: yaml.Node) -> bool:
        """Whether the language is read by the Japanese morphological analyser."""
        wanted = self.flag(node, "morphology")
        if wanted and self.path.stem != "ja":
            self.problem(node, Problem("lexicon.morphology_ja_only"))
            return False
        return wanted
