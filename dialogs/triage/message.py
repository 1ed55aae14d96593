"""One message being classified: its cleaned text and, per language, its folded form and labels.

Both are computed at most once per language, whether language detection or classification asks.
"""

from __future__ import annotations

from .matcher import Matcher
from .normalise import clean


class Message:
    """A message and the per-language results computed for it so far."""

    def __init__(self, text: str):
        self.cleaned = clean(text or "")
        self._forms: dict[str, str] = {}
        self._labels: dict[str, frozenset[str]] = {}

    def form(self, matcher: Matcher) -> str:
        """The message folded the way this language's keywords are."""
        if matcher.lang not in self._forms:
            self._forms[matcher.lang] = matcher.form(self.cleaned)
        return self._forms[matcher.lang]

    def labels(self, matcher: Matcher) -> frozenset[str]:
        """The labels this language's keywords find in the message."""
        if matcher.lang not in self._labels:
            self._labels[matcher.lang] = frozenset(matcher.labels(self.cleaned, self.form(matcher)))
        return self._labels[matcher.lang]

    def marker_score(self, matcher: Matcher) -> int:
        """How much the message looks like this language (marker words and letters)."""
        return matcher.marker_score(self.cleaned, self.form(matcher))
