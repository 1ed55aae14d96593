"""Lists of words compiled once for finding any of them in a folded message. A word in Latin letters counts only
as a whole word ("ty" is not in "city", "basta" not in "bastante"), or as the start of one when it ends with '*'
("thank*": thanks, thank you); a word in any other script counts anywhere. All Latin words are one regex, so a
turn no longer builds and runs a regex per word of every pattern."""
import re
import unicodedata
from functools import lru_cache

import ahocorasick

# the apostrophes a phone keyboard types ("it’s", "don’t", "I‘m", ＇ is folded by NFKC): all the straight one
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})

# a list of at most this many words (in scripts other than Latin) is searched word by word
SCANNED_ONE_BY_ONE = 6


@lru_cache(maxsize=2048)  # a turn folds the same message, and the same script words, many times over
def fold(text: str) -> str:
    """The text as words are compared: NFKC, lower case, straight apostrophes, no outer spaces."""
    return unicodedata.normalize("NFKC", text).translate(APOSTROPHES).strip().lower()


class WordSet:
    """Words to find in a folded text (see the module's docstring)."""

    __slots__ = ("_anywhere", "_latin")

    def __init__(self, words: tuple[str, ...], apostrophe: bool = False):
        edge = "a-z0-9'" if apostrophe else "a-z0-9"
        anywhere = tuple(dict.fromkeys(word for word in words if not word.isascii()))
        self._anywhere: tuple[str, ...] | ahocorasick.Automaton = anywhere
        if len(anywhere) > SCANNED_ONE_BY_ONE:  # one pass of an automaton instead of a search per word
            self._anywhere = ahocorasick.Automaton()
            for word in anywhere:
                self._anywhere.add_word(word, None)
            self._anywhere.make_automaton()
        latin = [re.escape(word.rstrip("*")) + ("" if word.endswith("*") else f"(?![{edge}])")
                 for word in dict.fromkeys(word for word in words if word.isascii())]
        self._latin = re.compile(f"(?<![{edge}])(?:{'|'.join(latin)})") if latin else None

    def found_in(self, folded: str) -> bool:
        """One of the words is in the folded text."""
        anywhere = self._anywhere
        found = (any(word in folded for word in anywhere) if isinstance(anywhere, tuple)
                 else next(anywhere.iter(folded), None) is not None)
        return found or (
            self._latin is not None and self._latin.search(folded) is not None)


@lru_cache(maxsize=4096)
def word_set(words: tuple[str, ...], apostrophe: bool = False) -> WordSet:
    """The words (already folded) compiled once."""
    return WordSet(words, apostrophe)


@lru_cache(maxsize=4096)
def folded_word_set(words: tuple[str, ...], apostrophe: bool = False) -> WordSet:
    """The words as a script or data file writes them, folded and compiled once."""
    return WordSet(tuple(fold(word) for word in words), apostrophe)
