"""One message being classified: its cleaned text and, per language, its folded form and labels.

Both are computed at most once per language, whether language detection or classification asks.
"""
from __future__ import annotations

import re

from .matcher import Matcher, Reading
from .normalise import clean

_NOT_WORDS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+|</?[a-z][^>]{0,200}>", re.IGNORECASE)


class Message:
    """A message and the per-language results computed for it so far."""

    def __init__(self, text: str, expand=frozenset):
        self.cleaned = clean(text or "")
        # what tells the language: the words without addresses and markup (a URL's letters are no one's)
        self.wording = clean(_NOT_WORDS.sub(" ", text)) if text and _NOT_WORDS.search(text) else self.cleaned
        self._expand = expand  # the shared implications (labels → labels with what they imply)
        self._forms: dict[str, str] = {}
        self._readings: dict[str, Reading] = {}

    def form(self, matcher: Matcher) -> str:
        """The message folded the way this language's keywords are."""
        if matcher.lang not in self._forms:
            self._forms[matcher.lang] = matcher.form(self.cleaned)
        return self._forms[matcher.lang]

    def reading(self, matcher: Matcher) -> Reading:
        """What this language's keywords read in the message (labels, possible crises, evidence)."""
        if matcher.lang not in self._readings:
            self._readings[matcher.lang] = matcher.read(self.cleaned, self.form(matcher))
        return self._readings[matcher.lang]

    def labels(self, matcher: Matcher) -> frozenset[str]:
        """The labels this language's keywords find in the message, with what they imply."""
        return self._expand(self.reading(matcher).labels)

    def marker_score(self, matcher: Matcher) -> int:
        """How much the message looks like this language (marker words and letters)."""
        return matcher.marker_score(self.cleaned, self.form(matcher))
