"""Which accented Latin letters a language writes: a word with a letter its language does not write (「sợ」 in a
message read as English) is no marker of that language, however it folds ("so")."""
from __future__ import annotations

import re
import unicodedata


def accented_letters(words) -> set[str]:
    """The accented Latin letters written in *words* (lower case)."""
    return {char for word in words for char in word.lower() if ord(char) > 127 and char.isalpha()
            and unicodedata.name(char, "").startswith("LATIN")}


def own_letters(spec) -> frozenset[str]:
    """The accented Latin letters a language's markers and keywords write (en, id, tl: none; es: áéíñóúü)."""
    return frozenset(accented_letters([p.text for p in spec.markers] +
                                      [p.text for r in spec.rules for p in (*r.keywords, *r.whole_message)]))


def without_foreign_words(cleaned: str, marker_form: str, spans: set, own: frozenset[str] | None) -> set:
    """The spans that touch no word written with an accented Latin letter outside *own* (words are matched by their
    place: folding keeps each word, not each offset); *own* None: a language not written in Latin letters."""
    if not spans or own is None:
        return spans
    words = cleaned.split()
    foreign = {index for index, word in enumerate(words) if accented_letters([word]) - own}
    if not foreign or len(marker_form.split()) != len(words):
        return spans
    return {span for span in spans if not words_within(marker_form, [span]) & foreign}


def words_within(text: str, spans) -> set[int]:
    """The positions of the words of *text* that the spans touch."""
    return {index for index, word in enumerate(re.finditer(r"\S+", text))
            if any(start < word.end() and word.start() < end for start, end in spans)}


def in_latin_word(kind: str, start: int, end: int, form: str) -> bool:
    """Whether a laugh written in Latin letters (ｗｗ, folded to w) is a letter of a longer Latin word in a message
    run together and read by words, Japanese (Wi-Fi, Word, www.…): no laugh."""
    if kind != "joking" or not form[start:end].isascii():
        return False
    low, high = start, end
    while low > 0 and form[low - 1].isascii() and form[low - 1].isalpha():
        low -= 1
    while high < len(form) and form[high].isascii() and form[high].isalpha():
        high += 1
    return not set(form[low:high]) <= set(form[start:end])  # "wwww" is the laugh held longer; "wifi" a word
