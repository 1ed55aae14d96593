"""The classifier: detect the language, run that language's keywords, report the labels found."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .labels import CRISIS, INTENTS, LANGS, TOPICS
from .langdetect import detect
from .lexicon import load_directory
from .matcher import Matcher
from .message import Message


@dataclass(frozen=True)
class TriageResult:
    """What a message is about (topics), how urgent (crisis), its language, and what it asks for."""

    topics: tuple[str, ...]
    crisis: tuple[str, ...]
    lang: str
    intents: tuple[str, ...] = ()
    # crisis kinds (e.g. "suicide") a learned model suspects but the lexicon did not confirm: the dialog
    # asks gently and directly, and a counselor sees the conversation either way
    possible: tuple[str, ...] = ()

    def to_json_dict(self) -> dict:
        """The result as printed by `madoguchi triage`: sorted topics and crisis, and the language."""
        return {"topics": sorted(self.topics), "crisis": sorted(self.crisis), "lang": self.lang}


def _pick(labels: set[str], vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(label for label in labels if label in vocabulary))


class Classifier:
    """Keyword triage over one matcher per language; build it once, then classify many messages."""

    def __init__(self, matchers: Sequence[Matcher]):
        order = {lang: index for index, lang in enumerate(LANGS)}
        self._matchers = sorted(matchers, key=lambda m: (order.get(m.lang, len(order)), m.lang))
        self._by_lang = {matcher.lang: matcher for matcher in self._matchers}
        if not self._matchers:
            raise ValueError("a Classifier needs at least one language")

    @classmethod
    def from_directory(cls, path: str | Path) -> "Classifier":
        """Load, validate and compile every <lang>.yaml in a directory (raises LexiconError)."""
        return cls([Matcher(spec) for spec in load_directory(path)])

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this classifier has keywords for."""
        return tuple(self._by_lang)

    def classify(self, text: str, lang: str | None = None) -> TriageResult:
        """Classify one message; ``lang`` is a hint (e.g. the resident's chosen language)."""
        message = Message(text)
        detection = detect(message, self._matchers, lang)
        labels: set[str] = set()
        for code in detection.lexicons:
            labels |= message.labels(self._by_lang[code])
        return TriageResult(
            topics=_pick(labels, TOPICS),
            crisis=_pick(labels, CRISIS),
            lang=detection.lang,
            intents=_pick(labels, INTENTS),
        )
