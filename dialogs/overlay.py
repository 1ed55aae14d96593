"""Dialog data as staff edit it: the shipped files plus an overlay of changed files and messages.

A *content* is {"files": {relative path: full text}, "messages": {lang: {msgid: text}}}, holding only
what differs from the shipped files (which are version 0). It is checked by the same loader as start-up."""
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from dialogs import loader
from dialogs.catalog import PLACEHOLDER, Catalog
from handlers import languages
from handlers.datafile import DataError
from handlers.problems import Problem

EDITABLE_GLOBS = ("intake.yaml", "data/*.yaml", "keywords/*.yaml")
PROBLEM = re.compile(r"^(?P<file>[^\s:]+?\.ya?ml):(?P<line>\d+): (?P<reason>.*)$", re.S)
MESSAGES_FILE = "messages"
ADDABLE_PREFIXES = ("hotline.", "canned.", "q.", "a.")  # message ids staff may add through the editor's forms


@dataclass
class Content:
    """Changed files and messages relative to the shipped data (empty: exactly the shipped data)."""

    files: dict[str, str] = field(default_factory=dict)
    messages: dict[str, dict[str, str]] = field(default_factory=dict)

    def key(self) -> tuple:
        """A hashable identity of this content (for caching built bundles)."""
        return (tuple(sorted(self.files.items())),
                tuple(sorted((lang, tuple(sorted(m.items()))) for lang, m in self.messages.items())))


def editable_files(data_dir: Path) -> list[str]:
    """The files staff may edit, as paths relative to the data folder (script first)."""
    found: list[str] = []
    for pattern in EDITABLE_GLOBS:
        found += sorted(p.relative_to(data_dir).as_posix() for p in data_dir.glob(pattern) if p.is_file())
    return found


def shipped_text(data_dir: Path, path: str) -> str:
    """The shipped text of one editable file."""
    return (data_dir / path).read_text(encoding="utf-8")


def check_path(data_dir: Path, path: str) -> str:
    """*path* when it names an editable file; ValueError otherwise (no other file can be written)."""
    if path not in editable_files(data_dir):
        raise ValueError(f"{path!r} is not a file that can be edited here")
    return path


def normalise(data_dir: Path, base: Catalog, content: Content) -> Content:
    """Drop overlay entries equal to the shipped text so a content only holds real changes."""
    files = {p: t.replace("\r\n", "\n") for p, t in content.files.items()
             if t.replace("\r\n", "\n") != shipped_text(data_dir, check_path(data_dir, p))}
    messages: dict[str, dict[str, str]] = {}
    for lang, entries in content.messages.items():
        for msg_id, text in entries.items():
            text = text.replace("\r\n", "\n")
            if base.texts.get(lang, {}).get(msg_id) != text:
                messages.setdefault(lang, {})[msg_id] = text
    return Content(files, messages)


def effective_text(data_dir: Path, content: Content, path: str) -> str:
    """The text of *path* in this content (the overlay's, or the shipped one)."""
    return content.files[path] if path in content.files else shipped_text(data_dir, path)


def catalog_with(base: Catalog, messages: dict[str, dict[str, str]]) -> Catalog:
    """A copy of *base* with these messages replaced (the base is left untouched)."""
    texts = {lang: dict(entries) for lang, entries in base.texts.items()}
    fuzzy = {lang: set(ids) - set(messages.get(lang, {})) for lang, ids in base.fuzzy.items()}
    for lang, entries in messages.items():
        texts.setdefault(lang, {}).update(entries)
    return Catalog(texts, fuzzy)


def check_messages(base: Catalog, messages: dict[str, dict[str, str]]) -> list[str]:
    """Problems with edited messages: unknown language or id, empty text, placeholders changed."""
    known = set(languages.codes())
    problems = []
    # staff may add a hotline's name, a canned reply or a follow-up question: a new id of those kinds, in Japanese first
    added = {msg_id: text for msg_id, text in messages.get(languages.SOURCE, {}).items()
             if not base.has(msg_id) and msg_id.startswith(ADDABLE_PREFIXES)}
    for lang, entries in sorted(messages.items()):
        if lang not in known:
            problems.append(f"{MESSAGES_FILE}:0: language '{lang}' is not one of {', '.join(sorted(known))}")
            continue
        for msg_id, text in sorted(entries.items()):
            if not base.has(msg_id) and msg_id not in added:
                problems.append(Problem("messages.unknown_id", where=MESSAGES_FILE, line=0, lang=lang, id=msg_id))
                continue
            if not text.strip():
                problems.append(Problem("messages.empty", where=MESSAGES_FILE, line=0, lang=lang, id=msg_id))
                continue
            source = added[msg_id] if msg_id in added else base.raw(languages.SOURCE, msg_id)
            want = set(PLACEHOLDER.findall(source)) if lang != languages.SOURCE or msg_id not in added else \
                set(PLACEHOLDER.findall(text)) & {"name"}
            got = set(PLACEHOLDER.findall(text))
            if got != want:
                problems.append(Problem("messages.placeholders", where=MESSAGES_FILE, line=0, lang=lang, id=msg_id,
                                        want=sorted(want) or "none", got=sorted(got) or "none"))
    return problems


def materialize(data_dir: Path, content: Content, target: Path) -> Path:
    """Write the shipped editable files with the overlay applied into *target*; return it."""
    for path in editable_files(data_dir):
        dest = target / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        if path in content.files:
            dest.write_text(content.files[path], encoding="utf-8")
        else:
            shutil.copyfile(data_dir / path, dest)
    return target


def build(data_dir: Path, tz: str, base: Catalog, content: Content) -> loader.Bundle:
    """Load and validate the content exactly as start-up does; raise DataError listing every problem."""
    for path in content.files:
        check_path(data_dir, path)
    problems = check_messages(base, content.messages)
    catalog = catalog_with(base, content.messages)
    with tempfile.TemporaryDirectory(prefix="madoguchi-draft-") as tmp:
        try:
            bundle = loader.load_bundle(materialize(data_dir, content, Path(tmp)), tz, catalog)
        except DataError as exc:
            problems += [_outside(p, tmp) for p in exc.problems]
            bundle = None
    if problems or bundle is None:
        raise DataError(problems)
    return bundle


def _outside(problem: str, tmp: str) -> str:
    """A problem found in the draft's temporary folder, named by the file's path in the data folder."""
    if isinstance(problem, Problem) and problem.where:
        return problem.at(problem.where.replace(tmp + "/", ""), problem.line)
    return problem.replace(tmp + "/", "")


def validate(data_dir: Path, tz: str, base: Catalog, content: Content) -> list[str]:
    """Every problem in the content as 'file:line: reason' (empty when it would load)."""
    try:
        build(data_dir, tz, base, content)
    except DataError as exc:
        return exc.problems
    return []


def locate(problem: str, data_dir: Path) -> tuple[str | None, int, str]:
    """(editable path, line, reason) for one 'file:line: reason' problem; path None when unknown."""
    match = PROBLEM.match(problem)
    if not match:
        return None, 0, problem
    name = match["file"]
    for path in editable_files(data_dir):
        if path == name or path.rsplit("/", 1)[-1] == name.rsplit("/", 1)[-1]:
            return path, int(match["line"]), match["reason"]
    return None, int(match["line"]), match["reason"]
