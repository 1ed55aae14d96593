"""Japan's office words inside a message of another language: 「quiero preguntar del 給付金」, "my kokuho lapsed".

A resident who writes Spanish, Thai or Vietnamese often names the office's things the way the office does: in
Japanese letters (給付金, 児童手当, 大家, 残業) or in romaji (kokuho, seikatsu hogo, zangyou, apaato). Their own
language's keywords know none of them. So a message read in a language other than Japanese and Chinese (a Chinese
message is Han itself: its own keywords read it) is also read this way, for TOPICS only:

- each run of Japanese letters (kana, kanji) is read by the Japanese keywords; what they find that is a topic, or a
  situation that means topics (rent behind → money, housing), counts. A crisis word in such a run does not: a few
  Japanese words inside another language are an office's name, not the resident's own cry, which their language says;
- the words listed under `office_words:` in _shared.yaml (written in Japanese letters or in romaji) give the topics
  listed beside them. Romaji is matched by whole words with long vowels folded: kyuuryou, kyūryō and kyuryo are one.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

from .normalise import clean

# kana, kanji and the Japanese iteration and long-vowel marks (ー), as the language detector counts them
_JAPANESE = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005-\u3007"
_RUN = re.compile(f"[{_JAPANESE}]+")
_LETTER = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LONG = ((("ou", "o"), ("uu", "u"), ("aa", "a"), ("oo", "o"), ("ii", "i"), ("ee", "e")))
# a message of these languages is never read this way: Japanese reads itself, Chinese is written in Han
NOT_FOR = frozenset({"ja", "zh"})


def romaji_form(text: str) -> str:
    """Latin words folded for matching romaji: no accents or macrons, no long vowels, no hyphens (kyūryō → kyuryo)."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    text = re.sub(r"[^a-z]+", " ", text)
    for long, short in _LONG:
        text = text.replace(long, short)
    return text.strip()


def japanese_runs(cleaned: str) -> list[str]:
    """The stretches of Japanese letters in a message (a bare ー or 々 is none)."""
    return [run for run in _RUN.findall(cleaned) if _LETTER.search(run)]


class OfficeWords:
    """The office words of _shared.yaml, compiled: Japanese-letter words (longest first) and romaji word sequences."""

    def __init__(self, words: dict[str, tuple[str, ...]]):
        written = [(clean(word), tuple(topics)) for word, topics in words.items()]
        self._japanese = sorted(((w, t) for w, t in written if _LETTER.search(w)), key=lambda item: -len(item[0]))
        romaji: dict[tuple[str, ...], tuple[str, ...]] = {}
        for word, topics in written:
            if not _LETTER.search(word) and (form := tuple(romaji_form(word).split())):
                romaji[form] = romaji.get(form, ()) + topics
        self._romaji = sorted(romaji.items(), key=lambda item: -len(item[0]))

    def topics(self, cleaned: str, read_japanese: Callable[[str], Iterable[str]]) -> set[str]:
        """The topics of the office words in a cleaned message; ``read_japanese`` gives the topics the Japanese
        keywords find in a run of Japanese letters (what no office word covered)."""
        found: set[str] = set()
        for run in japanese_runs(cleaned):
            for word, topics in self._japanese:
                if word in run:
                    found.update(topics)
                    run = run.replace(word, "、")
            if _LETTER.search(run):
                found.update(read_japanese(run))
        tokens: list[str | None] = list(romaji_form(cleaned).split())
        present = set(tokens)
        # only the words whose first word (or whole, written as one) the message holds are looked for word by word
        candidates = [(form, topics) for form, topics in self._romaji if form[0] in present or "".join(form) in present]
        for form, topics in candidates:  # longest first: "koyo hoken" takes its "hoken" from the bare "hoken"
            for i in range(len(tokens)):
                taken = len(form) if tuple(tokens[i:i + len(form)]) == form else 1 if (
                    len(form) > 1 and tokens[i] == "".join(form)) else 0
                if taken:
                    found.update(topics)
                    tokens[i:i + taken] = [None] * taken
        return found
