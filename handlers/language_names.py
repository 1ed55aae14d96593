"""Which language a typed message names (「英語」 "English please" 「やさしい日本語」), from the names each language
has in locales/languages.yaml (checked on load), and which of them the message says no to (「日本語わからない」)."""
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from handlers import languages
from handlers.datafile import DataError, line_of, load_file
from handlers.problems import Problem

PATH = languages.LOCALES_DIR / "languages.yaml"
MAX_NAME = 40
STAFF = ("speaks", "interpreter", "none")  # who speaks a language at the centre (languages.yaml `staff`)
CLAUSE = re.compile(r"[,.!?;:、。，．！？；：\n]+|\s(?:but|pero|mas|nhưng|pero|tapi|pero)\s")


def _is_latin(char: str) -> bool:
    return char.isascii() or "LATIN" in unicodedata.name(char, "")


def fold(text: str) -> str:
    """Lower case without accents on Latin letters, one space between words, none between Japanese, Chinese or
    Thai letters (「やさしい にほんご」 = 「やさしいにほんご」)."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold()).replace("đ", "d")
    kept: list[str] = []
    for char in text:
        if unicodedata.combining(char) and kept and _is_latin(kept[-1]):
            continue
        kept.append(char)
    words = unicodedata.normalize("NFC", "".join(kept)).split()
    out = words[:1]
    for word in words[1:]:
        joined = not _is_latin(out[-1][-1]) and not _is_latin(word[0])
        out[-1:] = [out[-1] + word] if joined else [out[-1], word]
    return " ".join(out)


def pattern(word: str) -> re.Pattern:
    # a Latin name is a whole word ("eng" is not in "length"); other scripts have no spaces to lean on
    if all(_is_latin(char) for char in word if char.isalpha()):
        return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    return re.compile(re.escape(word))


@dataclass(frozen=True)
class Names:
    """Every language's names and words for "not", compiled."""

    names: tuple[tuple[str, str, re.Pattern], ...]  # (code, folded name, pattern), longest first
    negations: tuple[re.Pattern, ...]
    only: tuple[re.Pattern, ...] = ()  # 「英語しか話せない」: a "not" with "only" between it and the name wants it
    asks: tuple[re.Pattern, ...] = ()  # 「Có ai nói tiếng Việt không?」: in a question a "not" refuses nothing


@dataclass(frozen=True)
class Naming:
    """The languages a message names, and those it says no to."""

    named: tuple[str, ...]
    refused: tuple[str, ...]

    @property
    def wanted(self) -> tuple[str, ...]:
        """The languages named and not refused, in the order written; a language named with a finer form of it
        (「日本語… やさしい日本語で」 "my japanese is bad, japanese easy pls") is the finer form."""
        wanted = [code for code in self.named if code not in self.refused]
        return tuple(code for code in wanted if not any(other.startswith(f"{code}-") for other in wanted))


def check(rows, name: str = PATH.name) -> Names:
    """Validate the language list's names and negations; DataError lists every problem with its line."""
    if not isinstance(rows, list):
        raise DataError([Problem("languages.shape", where=name, line=1)])
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    names, negations, only, asks = [], set(), set(), set()
    for row in rows:
        line = line_of(row)
        code = row.get("code") if isinstance(row, dict) else None
        if code not in languages.codes():
            problems.append(Problem("languages.shape", where=name, line=line))
            continue
        for key in ("names", "negations", "only", "asks"):
            words = row.get(key, [] if key in ("only", "asks") else None)
            if not isinstance(words, list) or not all(isinstance(w, str) and 0 < len(w.strip()) <= MAX_NAME
                                                      for w in words):
                problems.append(Problem("languages.words", where=name, line=line, code=code, key=key, limit=MAX_NAME))
        for word in {fold(w) for w in [row.get("native", "")] + list(row.get("names") or []) if isinstance(w, str)}:
            if owner.setdefault(word, code) != code:
                problems.append(Problem("languages.same_name", where=name, line=line, name=word, code=code,
                                        other=owner[word]))
            names.append((code, word, pattern(word)))
        negations |= {fold(w) for w in row.get("negations") or [] if isinstance(w, str) and w.strip()}
        only |= {fold(w) for w in row.get("only") or [] if isinstance(w, str) and w.strip()}
        asks |= {fold(w) for w in row.get("asks") or [] if isinstance(w, str) and w.strip()}
        when = row.get("when", "{day} {time}")
        if not isinstance(when, str) or "{day}" not in when or "{time}" not in when:
            problems.append(Problem("languages.when", where=name, line=line, code=code))
        if row.get("staff", "none") not in STAFF:
            problems.append(Problem("languages.staff", where=name, line=line, code=code, kinds=", ".join(STAFF)))
    if problems:
        raise DataError(problems)
    names.sort(key=lambda entry: -len(entry[1]))
    return Names(tuple(names), tuple(pattern(word) for word in sorted(negations)),
                 tuple(pattern(word) for word in sorted(only)), tuple(pattern(word) for word in sorted(asks)))


@lru_cache(maxsize=1)
def load(path: Path = PATH) -> Names:
    """The names of every language, read and checked once."""
    return check(load_file(path), path.name)


def named_in(text: str, names: Names | None = None) -> Naming:
    """The languages *text* names (the longest name wins where names overlap) and those a "not" in the same
    clause refuses (the one named nearest to it)."""
    names = names or load()
    named: list[tuple[int, str]] = []
    refused: set[str] = set()
    for clause in CLAUSE.split(fold(text)):
        taken: list[range] = []
        found: list[tuple[int, str, int]] = []
        for code, _word, pattern in names.names:
            for match in pattern.finditer(clause):
                span = range(match.start(), match.end())
                if not any(set(span) & set(other) for other in taken):
                    taken.append(span)
                    found.append((match.start(), code, match.end()))
        asking = any(word.search(clause) for word in names.asks)
        for negation in () if asking else names.negations:
            for said in negation.finditer(clause) if found else ():
                # a "not" refuses the language named nearest to it: 「日本語じゃなくて英語」 wants English
                nearest = min(found, key=lambda f: max(f[0] - said.end(), said.start() - f[2], 0))
                between = clause[min(nearest[2], said.end()):max(nearest[0], said.start())]
                if not any(word.search(between) for word in names.only):
                    refused.add(nearest[1])
        named += [(start, code) for start, code, _end in sorted(found)]
    order = []
    for _start, code in named:
        if code not in order:
            order.append(code)
    return Naming(tuple(order), tuple(sorted(refused)))
