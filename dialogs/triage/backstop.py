"""The learned backstop: a small linear model over character n-grams that suspects a crisis the
keywords did not name (new wording, dialect, misspellings) and raises a *possible* crisis, which the
bot asks about gently. It never removes what the keywords found.

The weights are a data file (dialogs/triage/backstop.json) written by `python -m dialogs.triage.training`
from the labelled files (never benchmarks/triage_heldout/); scoring is plain Python (a dictionary look-up
per n-gram), with no numerical library at run time.
"""

from __future__ import annotations

import json
import math
import struct
from functools import lru_cache
from pathlib import Path

from .labels import CRISIS

MODEL_FILE = Path(__file__).resolve().parent / "backstop.json"
NGRAM_SIZES = (1, 2, 3, 4)
MIN_LANGUAGE_MESSAGES = 90  # a language the model saw less of is left to the keywords (its scores are not calibrated)
MIN_CHARACTERS = 8  # shorter messages are left to the keywords: too little for the model to go on


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"


def _has_kana(text: str) -> bool:
    return any("\u3041" <= char <= "\u30ff" for char in text)


ASPECT = frozenset({"てる", "とる", "ちゃう", "じゃう", "ちまう"})  # 生きてる is 生きる for the pairs of words


def lemma_features(cleaned: str) -> set[str]:
    """Japanese words by their lemmas, and pairs of neighbouring ones (particles, tense and aspect left out):
    生きてる意味ない and 生きる意味がない share features however they are conjugated or spelt."""
    from . import morphology

    words = [token.lemma for token in morphology.analyse(cleaned).tokens if token.pos not in morphology.UNSAID]
    found = {"l:" + word for word in words}
    chain = [word for word in words if word not in ASPECT and word not in morphology.TENSE_ENDINGS]
    found.update("m:" + a + "_" + b for a, b in zip(chain, chain[1:]))
    return found


def features(cleaned: str, lemmas: bool = False) -> set[str]:
    """The features of a cleaned message: character n-grams (1–4, spaces as '_') and whole words; with
    *lemmas*, the lemma features of a message with kana in it."""
    text = "_" + cleaned.replace(" ", "_") + "_"
    found: set[str] = set()
    for size in NGRAM_SIZES:
        if size == 1:  # a single kanji or hangul syllable means something; a single kana does not
            found.update("c:" + char for char in cleaned if _ideograph(char))
            continue
        found.update(text[i:i + size] for i in range(len(text) - size + 1))
    words = cleaned.split()
    found.update("w:" + word for word in words)
    found.update("b:" + a + "_" + b for a, b in zip(words, words[1:]))
    if lemmas and _has_kana(cleaned):
        found |= lemma_features(cleaned)
    return found


def _sigmoid(value: float) -> float:
    if value < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-value))


class Backstop:
    """Per crisis kind, a logistic model over n-grams and the score above which it raises the kind."""

    def __init__(self, labels: tuple[str, ...], bias: list[float], weights: dict[str, list[float]],
                 thresholds: list[float], languages: dict[str, int] | None = None,
                 thresholds_by_lang: dict[str, list[float]] | None = None, lemmas: bool = False):
        unknown = set(labels) - set(CRISIS)
        if unknown or len(bias) != len(labels) or len(thresholds) != len(labels):
            raise ValueError(f"backstop model does not fit the crisis labels ({sorted(unknown)})")
        self.labels = labels
        self.bias = bias
        # n-gram → its weights packed as 16-bit integers (a fifth of the memory of a tuple of floats; every
        # worker holds tens of thousands of them), read back with one struct call per n-gram present
        largest = max((abs(value) for row in weights.values() for value in row), default=1.0) or 1.0
        self._scale = largest / 32767
        self._packing = struct.Struct(f"<{len(labels)}h")
        self.weights = {feature: self._packing.pack(*(round(value / self._scale) for value in row))
                        for feature, row in weights.items()}
        self.thresholds = thresholds
        # per language, chosen on that language's calm messages (absent: the thresholds above)
        self.thresholds_by_lang = {lang: list(row) for lang, row in (thresholds_by_lang or {}).items()
                                   if len(row) == len(labels)}
        # the languages it learnt from, with how many messages: it only speaks for those it knows well
        self.languages = dict(languages or {})
        self.lemmas = lemmas  # whether it learnt from lemma features as well as n-grams

    @classmethod
    def from_json(cls, data: dict) -> "Backstop":
        """A model from its JSON form (as written by the training)."""
        return cls(tuple(data["labels"]), list(data["bias"]), dict(data["weights"]), list(data["thresholds"]),
                   data.get("languages"), data.get("thresholds_by_lang"), "lemmas" in data.get("features", ()))

    def knows(self, lang: str | None) -> bool:
        """Whether the model learnt from enough messages in this language to be listened to."""
        return not self.languages or self.languages.get(lang or "", 0) >= MIN_LANGUAGE_MESSAGES

    @staticmethod
    @lru_cache(maxsize=1)
    def shipped() -> "Backstop | None":
        """The model shipped with the project (None when the file is absent)."""
        if not MODEL_FILE.exists():
            return None
        return Backstop.from_json(json.loads(MODEL_FILE.read_text(encoding="utf-8")))

    def score(self, cleaned: str, lang: str | None = None) -> dict:
        """Probabilities per crisis kind, the kinds raised, and the n-grams that weighed most."""
        if not self.knows(lang):
            return {"probabilities": {label: 0.0 for label in self.labels}, "raised": [], "because": {},
                    "note": f"learnt from under {MIN_LANGUAGE_MESSAGES} messages in '{lang}': left to the keywords"}
        if len(cleaned.replace(" ", "")) < MIN_CHARACTERS:
            return {"probabilities": {label: 0.0 for label in self.labels}, "raised": [], "because": {},
                    "note": f"under {MIN_CHARACTERS} characters: left to the keywords"}
        unpack = self._packing.unpack
        present = [(feature, unpack(self.weights[feature])) for feature in features(cleaned, self.lemmas)
                   if feature in self.weights]
        sums = [sum(column) for column in zip(*(row for _, row in present))] if present else [0] * len(self.bias)
        totals = [bias + self._scale * total for bias, total in zip(self.bias, sums)]
        probabilities = {label: _sigmoid(total) for label, total in zip(self.labels, totals)}
        thresholds = self.thresholds_by_lang.get(lang or "", self.thresholds)
        raised = [label for label, threshold in zip(self.labels, thresholds) if probabilities[label] >= threshold]
        top = {}
        for label in raised:
            index = self.labels.index(label)
            ranked = sorted(present, key=lambda item: -item[1][index])[:5]
            top[label] = [(feature, round(row[index] * self._scale, 2)) for feature, row in ranked if row[index] > 0]
        return {"probabilities": probabilities, "raised": raised, "because": top}
