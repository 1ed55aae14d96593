"""Japanese typed in Latin letters (romaji: 「mou ikiteru imi nai」) read as the kana it stands for.

A resident without a Japanese keyboard, or on a foreign phone, may write Japanese in romaji. Its words are no
English, Indonesian or Tagalog word the other lexicons know, so it would be read as nothing — a crisis lost. A
message is taken for romaji only when nearly every word spells out Japanese syllables (``ikiteru`` does, ``tidak``
and ``want`` do not) and at least two words carry Japanese grammar (an ending such as -nai, -masu, -tai, -teru, or
a particle such as kedo, kana, desu). It is then read with the Japanese keywords as hiragana.
"""

from __future__ import annotations

import re

_VOWELS = {"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お"}
_ROWS = {
    "k": "かきくけこ", "g": "がぎぐげご", "s": "さしすせそ", "z": "ざじずぜぞ", "t": "たちつてと", "d": "だぢづでど",
    "n": "なにぬねの", "h": "はひふへほ", "b": "ばびぶべぼ", "p": "ぱぴぷぺぽ", "m": "まみむめも", "r": "らりるれろ",
    "y": "や.ゆ.よ", "w": "わ...を", "f": "ふぁふぃふふぇふぉ", "j": "じゃじじゅじぇじょ",
}
_YOON = {"ky": "き", "gy": "ぎ", "sh": "し", "sy": "し", "j": "じ", "jy": "じ", "zy": "じ", "ch": "ち", "cy": "ち",
         "ty": "ち", "ny": "に", "hy": "ひ", "by": "び", "py": "ぴ", "my": "み", "ry": "り", "dy": "ぢ"}
_SMALL = {"a": "ゃ", "u": "ゅ", "o": "ょ", "e": "ぇ"}
_SPECIAL = {"shi": "し", "chi": "ち", "tsu": "つ", "fu": "ふ", "ji": "じ", "si": "し", "ti": "ち", "tu": "つ",
            "hu": "ふ", "zi": "じ", "di": "ぢ", "du": "づ", "wo": "を", "wa": "わ", "fa": "ふぁ", "fi": "ふぃ",
            "fe": "ふぇ", "fo": "ふぉ", "je": "じぇ", "she": "しぇ", "che": "ちぇ"}


def _table() -> dict[str, str]:
    table = dict(_VOWELS)
    for consonant, kana in _ROWS.items():
        if len(kana) == 5:
            for vowel, char in zip("aiueo", kana):
                if char != ".":
                    table[consonant + vowel] = char
    for prefix, kana in _YOON.items():
        for vowel, small in _SMALL.items():
            table[prefix + vowel] = kana + small
    table.update(_SPECIAL)
    return table


_KANA = _table()
_LONGEST = max(map(len, _KANA))
_WORD = re.compile(r"[a-zāīūēôâîûêō']+")
_MACRONS = str.maketrans({"ā": "aa", "ī": "ii", "ū": "uu", "ē": "ee", "ō": "ou", "â": "aa", "î": "ii", "û": "uu",
                          "ê": "ee", "ô": "ou"})
# particles and words that only Japanese writes this way (not "no", "de", "to": Spanish and English have them)
_FUNCTION = frozenset({"desu", "kana", "kedo", "dakedo", "keredo", "janai", "jyanai", "tte", "wo", "mou", "hou", "nda",
                       "kudasai", "onegai", "dekinai", "shinitai", "tasukete", "kietai", "nai", "imi", "yappari",
                       "demo", "dou", "doushiyou", "zenzen", "hontou", "sugoku", "tsurai", "kurushii", "ga", "wa", "tokoro", "toko", "basho", "okane",
                       "gohan", "shigoto", "yachin", "kyou", "konya", "ashita", "ima", "iru"})
_ENDINGS = ("nai", "masu", "masen", "mashita", "desu", "deshita", "tai", "teru", "tteru", "chatta", "chau", "nakatta",
            "natta", "shimatta", "tara", "takunai", "enai", "rarenai", "kunai", "kute", "shii", "kana", "datta", "you",
            "rareta", "sareta")  # the passive in the past: nagurareta, tomerareta, korosareta
ENOUGH = 2  # words of Japanese grammar a message needs
SHARE = 0.85  # of its words that must spell Japanese syllables
SHORT_LETTERS = 6  # a message of one or two words is romaji only with this many letters, all of them Japanese words


def word_kana(word: str) -> str | None:
    """The hiragana of one romaji word, or None when it is not made of Japanese syllables."""
    out, i = [], 0
    while i < len(word):
        char = word[i]
        if char == "'":
            i += 1
            continue
        if char == "n" and (i + 1 == len(word) or word[i + 1] not in "aiueoy'"):
            out.append("ん")
            i += 1
            continue
        if i + 1 < len(word) and char == word[i + 1] and char not in "aiueon":
            out.append("っ")  # a doubled consonant: kitte, zutto
            i += 1
            continue
        if word.startswith("tch", i):
            out.append("っ")
            i += 1
            continue
        for size in range(min(_LONGEST, len(word) - i), 0, -1):
            kana = _KANA.get(word[i:i + size])
            if kana is not None:
                out.append(kana)
                i += size
                break
        else:
            return None
    return "".join(out)


def _grammar(word: str) -> bool:
    return word in _FUNCTION or (len(word) > 4 and word.endswith(_ENDINGS))


def as_kana(text: str) -> str | None:
    """The message in hiragana when it is Japanese written in romaji, else None."""
    if not text:
        return None
    lowered = text.lower().translate(_MACRONS)
    if re.search(r"[^\x00-\x7f]", lowered):
        return None  # kana, kanji or another script: not romaji
    words = _WORD.findall(lowered)
    readings = [word_kana(word) for word in words]
    grammar = sum(_grammar(word) for word, reading in zip(words, readings) if reading is not None)
    if len(words) < 3:
        # 「shinitai」「tasukete kudasai」: a short message only of Japanese words
        if not words or grammar < len(words) or sum(map(len, words)) < SHORT_LETTERS:
            return None
    elif sum(reading is not None for reading in readings) < SHARE * len(words) or grammar < ENOUGH:
        return None
    # Japanese is written without spaces between its words: 「もう いきてる」 is read as 「もういきてる」
    return re.sub(r"\s+", "", _WORD.sub(lambda match: word_kana(match.group(0)) or match.group(0), lowered))
