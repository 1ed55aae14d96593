"""Canned replies for counselors: which exist (dialogs/data/canned.yaml) and their text in each language."""
from dataclasses import dataclass
from pathlib import Path

from handlers import languages
from handlers.datafile import DataError, line_of, load_file
from handlers.problems import Problem


@dataclass(frozen=True)
class Canned:
    """One canned reply: its message id and the Japanese button title counselors see."""

    id: str
    title: str


def load(path: Path, known) -> list[Canned]:
    """Read and validate canned.yaml; *known(msg_id)* tells whether the catalog has the text."""
    data = load_file(path)
    if not isinstance(data, list):
        raise DataError([Problem("canned.shape", where=path.name, line=1)])
    problems, out, seen = [], [], set()
    for item in data:
        if not isinstance(item, dict) or not item.get("id") or not item.get("title"):
            problems.append(Problem("canned.incomplete", where=path.name, line=line_of(item)))
            continue
        msg_id = str(item["id"])
        if msg_id in seen:
            problems.append(Problem("canned.twice", where=path.name, line=line_of(item), id=msg_id))
        elif not known(msg_id):
            problems.append(Problem("canned.unknown", where=path.name, line=line_of(item), id=msg_id))
        seen.add(msg_id)
        out.append(Canned(msg_id, str(item["title"])))
    if problems:
        raise DataError(problems)
    return out


KANJI_READERS = ("ja", "ja-easy", "zh-Hans", "zh-Hant")  # languages whose readers read a name written in kanji


def render(translate, canned: list[Canned], lang: str, counselor: str, latin_name: str = "") -> list[dict]:
    """Each canned reply as {id, title, text (resident's language), ja (its Japanese meaning)}. In a language
    not written with kanji the counselor is named by *latin_name* (「Hello, this is Sato」, not 「this is 佐藤」)."""
    code = lang if lang in languages.codes() else languages.SOURCE
    name = counselor if code in KANJI_READERS or not latin_name else latin_name
    return [{"id": c.id, "title": c.title, "text": translate(code, c.id, name=name),
             "ja": translate(languages.SOURCE, c.id, name=counselor)} for c in canned]
