"""Load and validate the staff-edited keyword files (dialogs/keywords/<lang>.yaml).

Every problem is reported as "FILE:LINE: reason"; all problems of all files are collected before
``LexiconError`` is raised, so one run shows everything that needs fixing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import re2
import yaml

from .labels import SCOPE_KINDS, SCRIPTS, SECTIONS
from .normalise import (
    ACCENT_MODES,
    ACCENTS_EXACT,
    ACCENTS_IGNORED,
    MATCHING_MODES,
    clean,
    fold_letters,
    normalise,
)

WILDCARD = "*"
RULE_KINDS = ("keywords", "whole_message", "patterns", "exclude")
TOP_LEVEL_KEYS = (
    "language",
    "name",
    "matching",
    "accents",
    "scripts",
    "morphology",
    "markers",
    "marker_letters",
    "fold_characters",
    "spellings",
    "scope",
    *SECTIONS,
)
REQUIRED_KEYS = ("language", "matching", "scripts")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ten times faster
_NULL_TAG = "tag:yaml.org,2002:null"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class LexiconError(ValueError):
    """Invalid keyword data; ``problems`` lists every "FILE:LINE: reason" found."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Phrase:
    """One entry as written in a data file, with the line it is on."""

    text: str
    line: int


@dataclass(frozen=True)
class LabelRules:
    """What marks one label (e.g. crisis/suicide) in one language."""

    section: str
    label: str
    keywords: tuple[Phrase, ...] = ()
    whole_message: tuple[Phrase, ...] = ()
    patterns: tuple[Phrase, ...] = ()
    exclude: tuple[Phrase, ...] = ()


@dataclass(frozen=True)
class LexiconSpec:
    """The validated content of one language's data file."""

    lang: str
    path: str
    matching: str
    scripts: tuple[str, ...]
    accents: str = ACCENTS_IGNORED
    morphology: bool = False
    markers: tuple[Phrase, ...] = ()
    marker_letters: str = ""
    fold_characters: dict[int, str] = field(default_factory=dict)
    # one written word → the word it is read as ("nggak" → "tidak"), in messages and keywords alike
    spellings: dict[str, str] = field(default_factory=dict)
    scope: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    rules: tuple[LabelRules, ...] = ()


def _re2_options() -> "re2.Options":
    options = re2.Options()
    options.log_errors = False  # a refused pattern is reported by the validator, not on stderr
    return options


_RE2_OPTIONS = _re2_options()


def compile_pattern(source: str, mode: str, characters: dict[int, str], keep_accents: bool = False):
    """Compile a staff regular expression, folded like the text it will be matched against, with RE2: its
    time is linear in the message, whatever the pattern (Python's re backtracks: `(?:a|b|ab)+c` published by
    an editor could freeze a worker on a 50-character message). RE2 has no lookarounds or backreferences;
    such a pattern is refused when the keyword file is loaded."""
    return re2.compile(fold_letters(source.casefold(), mode, characters, keep_accents), _RE2_OPTIONS)


def keyword_core(text: str, mode: str, characters: dict[int, str], keep_accents: bool = False) -> str:
    """The normalised form of a keyword used to spot duplicates (wildcards kept as '*')."""
    return WILDCARD.join(
        normalise(part, mode, characters, keep_accents).strip() for part in text.split(WILDCARD)
    )


class _FileReader:
    """Walks one YAML document, building a LexiconSpec and collecting problems with line numbers."""

    def __init__(self, path: Path):
        self.path = path
        self.problems: list[tuple[int, str]] = []
        self.keep_accents = False  # duplicates differ by accents only in exact_when_written files

    def problem(self, node: yaml.Node | None, reason: str) -> None:
        """Record a problem at the line of a node (line 1 when there is no node)."""
        self.problems.append((node.start_mark.line + 1 if node is not None else 1, reason))

    def report(self) -> list[str]:
        """The problems found, in line order, as "FILE:LINE: reason"."""
        return [f"{self.path}:{line}: {reason}" for line, reason in sorted(self.problems, key=lambda p: p[0])]

    # -- generic node readers ------------------------------------------------------------------

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The entries of a mapping node by key; reports non-mappings and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of 'name: value' lines")
            return {}
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.problem(key, f"{what}: keys must be plain names")
                continue
            if key.value in items:
                first = items[key.value][0].start_mark.line + 1
                self.problem(key, f"{what}: '{key.value}' appears twice (first on line {first})")
                continue
            items[key.value] = (key, value)
        return items

    def text(self, node: yaml.Node, what: str) -> str | None:
        """The stripped text of a scalar node; reports lists, mappings and empty values."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, f"{what} must be a single piece of text, not a list or mapping")
            return None
        if node.tag == _NULL_TAG or not node.value.strip():
            self.problem(node, f"{what} is empty")
            return None
        return node.value.strip()

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """The non-empty texts of a list node, each with its node."""
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, f"{what} must be a list (one '- entry' per line)")
            return []
        found = []
        for item in node.value:
            value = self.text(item, f"an entry of {what}")
            if value is not None:
                found.append((value, item))
        return found

    def flag(self, node: yaml.Node, what: str) -> bool:
        """A true/false value."""
        if not isinstance(node, yaml.ScalarNode) or node.tag != _BOOL_TAG:
            self.problem(node, f"{what} must be true or false")
            return False
        return node.value.lower() in ("true", "yes", "on")

    # -- the document ---------------------------------------------------------------------------

    def read(self, root: yaml.Node | None) -> LexiconSpec | None:
        """Validate the whole document and build its spec (None when it cannot be used)."""
        if root is None:
            self.problem(None, "the file is empty")
            return None
        top = self.mapping(root, "the file")
        for name, (key, _) in top.items():
            if name == "implies":
                self.problem(key, "implies: label implications are the same in every language and live in "
                                  "_shared.yaml (remove them here)")
            elif name == "kana_readings":
                self.problem(key, "kana_readings: replaced by 'morphology: true' (words, lemmas and readings "
                                  "from the Japanese dictionary)")
            elif name not in TOP_LEVEL_KEYS:
                self.problem(key, f"unknown setting '{name}' (expected one of: {', '.join(TOP_LEVEL_KEYS)})")
        missing = [name for name in REQUIRED_KEYS if name not in top]
        if missing:
            self.problem(root, f"missing required setting(s): {', '.join(missing)}")
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
            fold_characters=characters,
            spellings=spellings,
            scope=optional("scope", lambda node: self.scope(node, matching, characters), {}),
            rules=tuple(rules),
        )

    def language(self, node: yaml.Node) -> str | None:
        """The language code, which must match the file name."""
        lang = self.text(node, "language")
        if lang is None:
            return None
        if not _LANGUAGE_CODE.match(lang):
            self.problem(node, f"language '{lang}' is not a two- or three-letter code such as ja or en")
            return None
        if lang != self.path.stem:
            self.problem(node, f"language '{lang}' does not match the file name '{self.path.name}'")
        return lang

    def matching(self, node: yaml.Node) -> str | None:
        """The matching mode: anywhere or words."""
        mode = self.text(node, "matching")
        if mode is not None and mode not in MATCHING_MODES:
            self.problem(node, f"matching must be one of: {', '.join(MATCHING_MODES)} (not '{mode}')")
            return None
        return mode

    def accents(self, node: yaml.Node) -> str:
        """How accents are compared: ignore or exact_when_written."""
        value = self.text(node, "accents")
        if value is not None and value not in ACCENT_MODES:
            self.problem(node, f"accents must be one of: {', '.join(ACCENT_MODES)} (not '{value}')")
            return ACCENTS_IGNORED
        return value or ACCENTS_IGNORED

    def scripts(self, node: yaml.Node) -> tuple[str, ...]:
        """The writing systems the language uses."""
        found = []
        for name, item in self.texts(node, "scripts"):
            if name not in SCRIPTS:
                self.problem(item, f"unknown script '{name}' (expected one of: {', '.join(SCRIPTS)})")
            else:
                found.append(name)
        return tuple(found)

    def fold_characters(self, node: yaml.Node) -> dict[int, str]:
        """A one-character-to-one-character map applied before matching."""
        table: dict[int, str] = {}
        for name, (key, value) in self.mapping(node, "fold_characters").items():
            target = self.text(value, f"fold_characters '{name}'")
            if len(name) != 1 or (target is not None and len(target) != 1):
                self.problem(key, "fold_characters: each line maps one character to one character")
            elif target is not None:
                table[ord(name)] = target
        return table

    def markers(self, node: yaml.Node, mode: str) -> tuple[Phrase, ...]:
        """Words that show a message is in this language."""
        seen: dict[str, int] = {}
        found = []
        for text, item in self.texts(node, "markers"):
            if self.unique(item, keyword_core(text, mode, {}), seen, "markers"):
                found.append(Phrase(text, item.start_mark.line + 1))
        return tuple(found)

    def marker_letters(self, node: yaml.Node) -> str:
        """Letters that show a message is in this language (spaces and line breaks ignored)."""
        return "".join((self.text(node, "marker_letters") or "").split())

    def morphology(self, node: yaml.Node) -> bool:
        """Whether the language is read by the Japanese morphological analyser."""
        wanted = self.flag(node, "morphology")
        if wanted and self.path.stem != "ja":
            self.problem(node, "morphology: only Japanese has a morphological dictionary")
            return False
        return wanted

    def spellings(self, node: yaml.Node, mode: str, characters: dict[int, str]) -> dict[str, str]:
        """Other ways of writing a word ("tidak: [nggak, gak, ga]"), read as that word in messages and
        keywords alike, so one keyword covers every spelling. Each other spelling is one word."""
        if mode != "words":
            self.problem(node, "spellings: only for languages matched by words (matching: words)")
            return {}
        fold_word = lambda text: normalise(text, mode, characters).strip()  # noqa: E731
        found: dict[str, str] = {}  # folded spelling → folded word, to find repeats and chains
        lines: dict[str, int] = {}
        written: dict[str, str] = {}  # as written: each index folds them its own way (accents kept or not)
        for word, (key, value) in self.mapping(node, "spellings").items():
            canonical = fold_word(word)
            if not canonical or WILDCARD in word:
                self.problem(key, f"spellings: '{word}' must be a word")
                continue
            for text, item in self.texts(value, f"spellings/{word}"):
                variant = fold_word(text)
                line = item.start_mark.line + 1
                if not variant or " " in variant or WILDCARD in text:
                    self.problem(item, f"spellings/{word}: '{text}' must be one word (no spaces or *)")
                elif variant == canonical:
                    self.problem(item, f"spellings/{word}: '{text}' is the word itself")
                elif variant in found:
                    self.problem(item, f"spellings/{word}: '{text}' is already a spelling of "
                                       f"'{found[variant]}' (line {lines[variant]})")
                else:
                    found[variant], lines[variant], written[text] = canonical, line, word
        for variant, canonical in found.items():
            if any(word in found for word in canonical.split()):
                self.problem(node, f"spellings: '{canonical}' is itself listed as another word's spelling "
                                   "(list every spelling under the one word it is read as)")
                return {}
        return written

    def patterns_use_spelling(self, rules: list, spellings: dict[str, str], mode: str, characters) -> None:
        """Patterns run on the message with spellings already replaced: one that names a replaced
        spelling ("nggak") could never match, so it is refused with the word to write instead."""
        if not spellings:
            return
        folded = {normalise(variant, mode, characters).strip(): normalise(word, mode, characters).strip()
                  for variant, word in spellings.items()}
        for rule in rules:
            for phrase in rule.patterns:
                words = re.findall(r"[^\W\d_]+", fold_letters(phrase.text.casefold(), mode, characters))
                for word in words:
                    if word in folded:
                        self.problems.append((phrase.line, f"{rule.section}/{rule.label}: pattern '{phrase.text}' "
                                                           f"names '{word}', which the message reads as "
                                                           f"'{folded[word]}' (spellings): write that instead"))

    def scope(self, node: yaml.Node, mode: str, characters: dict[int, str]) -> dict[str, tuple[Phrase, ...]]:
        """The words that deny, settle or joke about the labels near them, and where their reach ends."""
        found = {}
        seen: dict[str, int] = {}
        for kind, (key, value) in self.mapping(node, "scope").items():
            if kind not in SCOPE_KINDS:
                self.problem(key, f"scope: unknown list '{kind}' (expected one of: {', '.join(SCOPE_KINDS)})")
                continue
            phrases = []
            for text, item in self.texts(value, f"scope/{kind}"):
                core = keyword_core(text, mode, characters, self.keep_accents)
                if not core.replace(WILDCARD, ""):
                    self.problem(item, f"scope/{kind}: '{text}' has nothing left to match")
                elif self.unique(item, kind + ":" + core, seen, f"scope/{kind}"):
                    phrases.append(Phrase(text, item.start_mark.line + 1))
            found[kind] = tuple(phrases)
        return found

    def section(
        self, node: yaml.Node, section: str, labels: tuple[str, ...], mode: str, characters: dict[int, str]
    ) -> list[LabelRules]:
        """The labels of one section (topics, crisis or intents)."""
        found = []
        for name, (key, value) in self.mapping(node, section).items():
            if name not in labels:
                self.problem(key, f"{section}: unknown label '{name}' (expected one of: {', '.join(labels)})")
                continue
            found.append(self.label(value, section, name, mode, characters))
        return found

    def label(self, node: yaml.Node, section: str, label: str, mode: str, characters: dict[int, str]) -> LabelRules:
        """The four lists of one label, checked for emptiness, duplicates and bad regexes."""
        where = f"{section}/{label}"
        kinds: dict[str, list[Phrase]] = {kind: [] for kind in RULE_KINDS}
        seen: dict[str, int] = {}
        for kind, (key, value) in self.mapping(node, where).items():
            if kind not in RULE_KINDS:
                self.problem(key, f"{where}: unknown list '{kind}' (expected one of: {', '.join(RULE_KINDS)})")
                continue
            for text, item in self.texts(value, f"{where}/{kind}"):
                line = item.start_mark.line + 1
                if kind == "patterns":
                    if self.valid_pattern(item, text, mode, characters, where) and self.unique(
                        item, "re:" + text, seen, where
                    ):
                        kinds[kind].append(Phrase(text, line))
                    continue
                core = keyword_core(text, mode, characters, self.keep_accents)
                if not core.replace(WILDCARD, ""):
                    self.problem(item, f"{where}: '{text}' has nothing left to match (emoji, punctuation and * are ignored)")
                elif self.unique(item, core, seen, where):
                    kinds[kind].append(Phrase(text, line))
        return LabelRules(section, label, **{kind: tuple(phrases) for kind, phrases in kinds.items()})

    def valid_pattern(self, node: yaml.Node, source: str, mode: str, characters: dict[int, str], where: str) -> bool:
        """Whether a staff regular expression compiles and cannot match an empty message."""
        try:
            regex = compile_pattern(source, mode, characters)
        except re2.error as error:
            reason = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
            self.problem(node, f"{where}: invalid regular expression '{source}': {reason} (patterns run in "
                               "linear time: no lookarounds (?=…) (?<!…) and no backreferences \\1)")
            return False
        if regex.match(""):
            self.problem(node, f"{where}: regular expression '{source}' matches an empty message")
            return False
        return True

    def unique(self, node: yaml.Node, key: str, seen: dict[str, int], where: str) -> bool:
        """Remember a normalised entry; report it when it was seen before."""
        line = node.start_mark.line + 1
        if key in seen:
            self.problem(node, f"{where}: '{node.value}' duplicates the entry on line {seen[key]}")
            return False
        seen[key] = line
        return True


def load_file(path: Path, problems: list[str]) -> LexiconSpec | None:
    """Read one data file, appending any problems found; None if it cannot be used at all."""
    reader = _FileReader(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problems.append(f"{path}:{line}: not valid YAML: {getattr(error, 'problem', None) or error}")
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(f"{path}:1: cannot be read: {error}")
        return None
    spec = reader.read(root)
    if spec is not None and spec.morphology:
        reader.problems.extend(_words_that_say_nothing(spec))
    problems.extend(reader.report())
    return spec


def _words_that_say_nothing(spec: LexiconSpec) -> list[tuple[int, str]]:
    """Japanese entries made only of particles and endings (「から」「ない」): matched on word boundaries,
    they would fire in almost every message."""
    from . import (
        morphology,  # the dictionary loads only for a language read by morphology
    )

    found = []
    for rules in spec.rules:
        for phrase in (*rules.keywords, *rules.exclude):
            first = next((part for part in phrase.text.split(WILDCARD) if part.strip()), "")
            tokens = morphology.analyse(clean(first)).tokens
            if tokens and all(morphology.is_function_word(token.pos) for token in tokens):
                found.append((phrase.line, f"{rules.section}/{rules.label}: '{phrase.text}' is only particles or "
                                           "endings: it would match in almost every message (add the word it follows)"))
    return found


def load_directory(directory: str | Path) -> list[LexiconSpec]:
    """Read and validate every <lang>.yaml in a directory; raise LexiconError listing all problems."""
    directory = Path(directory)
    problems: list[str] = []
    files = sorted(path for path in directory.glob("*.yaml") if not path.name.startswith("_"))
    if not files:
        problems.append(f"{directory}:1: no keyword files (*.yaml) found")
    specs = [spec for spec in (load_file(path, problems) for path in files) if spec is not None]
    if problems:
        raise LexiconError(problems)
    return specs
