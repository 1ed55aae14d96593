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

from handlers.problems import Problem

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
        self.problems: list[tuple[int, Problem]] = []
        self.keep_accents = False  # duplicates differ by accents only in exact_when_written files

    def problem(self, node: yaml.Node | None, reason: Problem) -> None:
        """Record a problem at the line of a node (line 1 when there is no node)."""
        self.problems.append((node.start_mark.line + 1 if node is not None else 1, reason))

    def report(self) -> list[str]:
        """The problems found, in line order, as "FILE:LINE: reason"."""
        return [reason.at(str(self.path), line) for line, reason in sorted(self.problems, key=lambda p: p[0])]

    # -- generic node readers ------------------------------------------------------------------

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """The entries of a mapping node by key; reports non-mappings and repeated keys."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, Problem("lexicon.not_mapping", what=what))
            return {}
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.problem(key, Problem("lexicon.key_not_name", what=what))
                continue
            if key.value in items:
                first = items[key.value][0].start_mark.line + 1
                self.problem(key, Problem("lexicon.key_twice", what=what, key=key.value, first=first))
                continue
            items[key.value] = (key, value)
        return items

    def text(self, node: yaml.Node, what: str) -> str | None:
        """The stripped text of a scalar node; reports lists, mappings and empty values."""
        if not isinstance(node, yaml.ScalarNode):
            self.problem(node, Problem("lexicon.not_text", what=what))
            return None
        if node.tag == _NULL_TAG or not node.value.strip():
            self.problem(node, Problem("lexicon.empty", what=what))
            return None
        return node.value.strip()

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]]:
        """The non-empty texts of a list node, each with its node."""
        if not isinstance(node, yaml.SequenceNode):
            self.problem(node, Problem("lexicon.not_list", what=what))
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
            self.problem(node, Problem("lexicon.not_flag", what=what))
            return False
        return node.value.lower() in ("true", "yes", "on")

    # -- the document ---------------------------------------------------------------------------

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
            self.problem(node, Problem("lexicon.morphology_ja_only"))
            return False
        return wanted

    def spellings(self, node: yaml.Node, mode: str, characters: dict[int, str]) -> dict[str, str]:
        """Other ways of writing a word ("tidak: [nggak, gak, ga]"), read as that word in messages and
        keywords alike, so one keyword covers every spelling. Each other spelling is one word."""
        if mode != "words":
            self.problem(node, Problem("lexicon.spellings_words_only"))
            return {}
        fold_word = lambda text: normalise(text, mode, characters).strip()  # noqa: E731
        found: dict[str, str] = {}  # folded spelling → folded word, to find repeats and chains
        lines: dict[str, int] = {}
        written: dict[str, str] = {}  # as written: each index folds them its own way (accents kept or not)
        for word, (key, value) in self.mapping(node, "spellings").items():
            canonical = fold_word(word)
            if not canonical or WILDCARD in word:
                self.problem(key, Problem("lexicon.spelling_word", word=word))
                continue
            for text, item in self.texts(value, f"spellings/{word}"):
                variant = fold_word(text)
                line = item.start_mark.line + 1
                if not variant or " " in variant or WILDCARD in text:
                    self.problem(item, Problem("lexicon.spelling_one_word", word=word, text=text))
                elif variant == canonical:
                    self.problem(item, Problem("lexicon.spelling_itself", word=word, text=text))
                elif variant in found:
                    self.problem(item, Problem("lexicon.spelling_taken", word=word, text=text, other=found[variant],
                                               first=lines[variant]))
                else:
                    found[variant], lines[variant], written[text] = canonical, line, word
        for variant, canonical in found.items():
            if any(word in found for word in canonical.split()):
                self.problem(node, Problem("lexicon.spelling_chain", word=canonical))
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
                        self.problems.append((phrase.line, Problem("lexicon.pattern_spelling", where_in=f"{rule.section}/{rule.label}",
                                                               pattern=phrase.text, word=word, read_as=folded[word])))

    def scope(self, node: yaml.Node, mode: str, characters: dict[int, str]) -> dict[str, tuple[Phrase, ...]]:
        """The words that deny, settle or joke about the labels near them, and where their reach ends."""
        found = {}
        seen: dict[str, int] = {}
        for kind, (key, value) in self.mapping(node, "scope").items():
            if kind not in SCOPE_KINDS:
                self.problem(key, Problem("lexicon.scope_list", kind=kind, known=", ".join(SCOPE_KINDS)))
                continue
            phrases = []
            for text, item in self.texts(value, f"scope/{kind}"):
                core = keyword_core(text, mode, characters, self.keep_accents)
                if not core.replace(WILDCARD, ""):
                    self.problem(item, Problem("lexicon.scope_nothing", kind=kind, text=text))
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
                self.problem(key, Problem("lexicon.unknown_label", section=section, name=name, known=", ".join(labels)))
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
                self.problem(key, Problem("lexicon.unknown_list", where_in=where, kind=kind, known=", ".join(RULE_KINDS)))
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
                    self.problem(item, Problem("lexicon.nothing_to_match", where_in=where, text=text))
                elif self.unique(item, core, seen, where):
                    kinds[kind].append(Phrase(text, line))
        return LabelRules(section, label, **{kind: tuple(phrases) for kind, phrases in kinds.items()})

    def valid_pattern(self, node: yaml.Node, source: str, mode: str, characters: dict[int, str], where: str) -> bool:
        """Whether a staff regular expression compiles and cannot match an empty message."""
        try:
            regex = compile_pattern(source, mode, characters)
        except re2.error as error:
            reason = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
            self.problem(node, Problem("lexicon.bad_regex", where_in=where, source=source, reason=reason))
            return False
        if regex.match(""):
            self.problem(node, Problem("lexicon.regex_matches_empty", where_in=where, source=source))
            return False
        return True

    def unique(self, node: yaml.Node, key: str, seen: dict[str, int], where: str) -> bool:
        """Remember a normalised entry; report it when it was seen before."""
        line = node.start_mark.line + 1
        if key in seen:
            self.problem(node, Problem("lexicon.duplicate", where_in=where, text=node.value, first=seen[key]))
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
        problems.append(Problem("lexicon.not_yaml", where=str(path), line=line, detail=getattr(error, "problem", None) or error))
        return None
    except (OSError, UnicodeDecodeError) as error:
        problems.append(Problem("lexicon.unreadable", where=str(path), line=1, detail=error))
        return None
    spec = reader.read(root)
    if spec is not None and spec.morphology:
        reader.problems.extend(_words_that_say_nothing(spec))
    problems.extend(reader.report())
    return spec


def _words_that_say_nothing(spec: LexiconSpec) -> list[tuple[int, Problem]]:
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
                found.append((phrase.line, Problem("lexicon.only_particles", where_in=f"{rules.section}/{rules.label}",
                                               text=phrase.text)))
    return found


def load_directory(directory: str | Path) -> list[LexiconSpec]:
    """Read and validate every <lang>.yaml in a directory; raise LexiconError listing all problems."""
    directory = Path(directory)
    problems: list[str] = []
    files = sorted(path for path in directory.glob("*.yaml") if not path.name.startswith("_"))
    if not files:
        problems.append(Problem("lexicon.no_files", where=str(directory), line=1))
    specs = [spec for spec in (load_file(path, problems) for path in files) if spec is not None]
    if problems:
        raise LexiconError(problems)
    return specs
