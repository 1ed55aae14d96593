"""The entry lists of a keyword file: label rules (keywords, whole messages, patterns, exclusions), markers,
spellings and scope words, each checked for emptiness, duplicates and bad regular expressions."""

from __future__ import annotations

import re
from pathlib import Path

import re2
import yaml

from handlers.problems import Problem

from ..labels import SCOPE_KINDS
from ..normalise import fold_letters, normalise
from .nodes import NodeReader
from .spec import RULE_KINDS, WILDCARD, LabelRules, Phrase, compile_pattern, keyword_core


class EntryReader(NodeReader):
    """Reads the lists of entries of one keyword file."""

    def __init__(self, path: Path):
        super().__init__(path)
        self.keep_accents = False  # duplicates differ by accents only in exact_when_written files

    def markers(self, node: yaml.Node, mode: str) -> tuple[Phrase, ...]:
        """Words that show a message is in this language."""
        seen: dict[str, int] = {}
        found = []
        for text, item in self.texts(node, "markers"):
            if self.unique(item, keyword_core(text, mode, {}), seen, "markers"):
                found.append(Phrase(text, item.start_mark.line + 1))
        return tuple(found)

    def phrases(self, node: yaml.Node, what: str, key) -> tuple[Phrase, ...]:
        """A list of whole phrases (hesitations, courtesies), each unique in the form *key* gives it."""
        seen: dict[str, int] = {}
        found = []
        for text, item in self.texts(node, what):
            if self.unique(item, key(text), seen, what):
                found.append(Phrase(text, item.start_mark.line + 1))
        return tuple(found)

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

