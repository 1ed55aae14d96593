"""What a validated keyword file is (LexiconSpec and its parts) and how its entries are folded for matching."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .. import re2_budget
from ..normalise import ACCENTS_IGNORED, fold_letters, normalise

WILDCARD = "*"
RULE_KINDS = ("keywords", "whole_message", "patterns", "exclude")


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
    hesitation: tuple[Phrase, ...] = ()  # whole messages that hesitate (「うーん」 "hmm…"): never a yes or a no
    courtesy: tuple[Phrase, ...] = ()  # thanks or goodbye around an answer (「大丈夫です、ありがとう」): read without it
    fold_characters: dict[int, str] = field(default_factory=dict)
    # one written word → the word it is read as ("nggak" → "tidak"), in messages and keywords alike
    spellings: dict[str, str] = field(default_factory=dict)
    scope: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)
    rules: tuple[LabelRules, ...] = ()
    dialect: tuple = ()  # dialogs.triage.dialect.Rewrite: regional forms read as the standard language


_ESCAPES = re.compile(r"\\.|[^\\]+", re.DOTALL)  # a pattern cut into escapes (\S, \.) and the text between


def compile_pattern(source: str, mode: str, characters: dict[int, str], keep_accents: bool = False):
    """Compile a staff regular expression, folded like the text it will be matched against, with RE2: its
    time is linear in the message, whatever the pattern (Python's re backtracks: `(?:a|b|ab)+c` published by
    an editor could freeze a worker on a 50-character message). RE2 has no lookarounds or backreferences;
    such a pattern is refused when the keyword file is loaded."""
    # escapes are kept as written: folded, \S (not a space) would become \s (a space); the text is NFKC-normalised
    # as messages are (Thai ำ is ํ + า there, half-width ｶﾅ full-width), or it could never match
    folded = "".join(part if part.startswith("\\") else
                     fold_letters(unicodedata.normalize("NFKC", part).casefold(), mode, characters, keep_accents)
                     for part in _ESCAPES.findall(source))
    return re2_budget.compile_pattern(folded)


def keyword_core(text: str, mode: str, characters: dict[int, str], keep_accents: bool = False) -> str:
    """The normalised form of a keyword used to spot duplicates (wildcards kept as '*')."""
    return WILDCARD.join(
        normalise(part, mode, characters, keep_accents).strip() for part in text.split(WILDCARD)
    )

