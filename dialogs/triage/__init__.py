"""Free-text triage: which topics a resident's message is about, whether it signals a crisis,
which language it is in, and which short intent (talk to a person, yes, skip…) it expresses.

    from dialogs.triage import default_classifier
    result = default_classifier().classify("やちんはらえない")
    result.topics  # ('housing', 'money')

The keywords live in dialogs/keywords/<lang>.yaml (edited by staff, validated on load).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .classifier import Classifier, TriageResult
from .labels import CRISIS, INTENTS, LANGS, TOPICS
from .lexicon.spec import LexiconError

KEYWORDS_DIRECTORY = Path(__file__).resolve().parent.parent / "keywords"

__all__ = [
    "CRISIS",
    "INTENTS",
    "KEYWORDS_DIRECTORY",
    "LANGS",
    "TOPICS",
    "Classifier",
    "LexiconError",
    "TriageResult",
    "default_classifier",
]


@lru_cache(maxsize=1)
def default_classifier() -> Classifier:
    """The classifier built from the shipped keyword files (loaded on first use, then shared)."""
    return Classifier.from_directory(KEYWORDS_DIRECTORY)
