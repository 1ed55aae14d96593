"""Load and validate the staff-edited keyword files (dialogs/keywords/<lang>.yaml).

Every problem is reported as "FILE:LINE: reason"; all problems of all files are collected before
``LexiconError`` is raised, so one run shows everything that needs fixing.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from handlers.problems import Problem

from ..normalise import clean
from .reader import FileReader
from .spec import WILDCARD, LexiconError, LexiconSpec

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: ten times faster


def load_file(path: Path, problems: list[str]) -> LexiconSpec | None:
    """Read one data file, appending any problems found; None if it cannot be used at all."""
    reader = FileReader(path)
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
    from .. import (
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
