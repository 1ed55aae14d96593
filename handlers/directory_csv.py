"""CSV import of the directory: every bad row listed by line and reason, all or nothing (export: directory_export.py)."""
import csv
import io
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from handlers import hours, languages, spreadsheet, staff_input
from handlers.datafile import DataError
from handlers.directory import (
    ACCESSIBILITY,
    AUDIENCES,
    KINDS,
    RESOURCE_TOPICS,
    cost_valid,
)
from handlers.problems import Problem
from storage import repo_places
from storage.models import Place, Resource

KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
PHONE = re.compile(r"^[0-9+()\- ]{3,32}$")
PLAIN_COLUMNS = ("phone", "hours", "lat", "lon")  # typed with an IME: 「０１２０－…」「１０：００－１６：００」
# The longest text a place or agency field may hold, in characters. Every one reaches residents on a LINE card: a
# Flex bubble must stay under 10 KB of JSON and a carousel of up to 10 under 50 KB, and on a phone a card shows a
# few lines. 60 characters is already a name of three lines; 120 holds a full Japanese address with the building
# and floor; 400 is a short paragraph — longer belongs on the place's own web page (url). A translation (_en, _vi…)
# may be twice as long: alphabets need about twice the characters for the same words, at a third of the bytes.
MAX_LENGTHS = {"name": 60, "agency": 60, "section": 60, "address": 120, "description": 400}
LIST_SPLIT = re.compile(r"[;,、\s]+")


@dataclass(frozen=True)
class Column:
    """One CSV column: its name, whether it is required, and what it holds."""

    name: str
    required: bool
    help: str


PLACE_COLUMNS = (
    Column("key", True, "stable id, lower-case letters, digits, - and _ (e.g. cafe-hidamari)"),
    Column("name", True, "name in Japanese"),
    Column("kind", True, " | ".join(KINDS)),
    Column("area", False, "area of the city (north, central, south, east, west)"),
    Column("address", False, "street address as residents would look for it"),
    Column("lat", True, "latitude, decimal degrees (e.g. 35.6581)"),
    Column("lon", True, "longitude, decimal degrees (e.g. 139.7017)"),
    Column("hours", True, "opening hours, e.g. 'mon-fri 10:00-16:00; sat 10:00-12:00; holidays closed'"),
    Column("audience", True, "who it is for, one or more of: " + " ".join(AUDIENCES)),
    Column("cost", True, "free | donation | a whole number of yen (e.g. 300)"),
    Column("languages", True, "language codes spoken there, e.g. 'ja;en;vi'"),
    Column("accessibility", False, "zero or more of: " + " ".join(ACCESSIBILITY)),
    Column("phone", False, "phone number (digits, -, +, spaces)"),
    Column("contact", False, "contact person or e-mail"),
    Column("url", False, "web page (http:// or https://)"),
    Column("description_ja", True, "one or two sentences in Japanese"),
    Column("description_en", False, "the same in English (other languages: description_<code>)"),
)
RESOURCE_COLUMNS = (
    Column("key", True, "stable id, lower-case letters, digits, - and _ (e.g. hellowork)"),
    Column("agency", True, "the agency's name in Japanese"),
    Column("section", False, "the section or desk (課・係・窓口); in other languages: section_<code>"),
    Column("phone", True, "phone number (digits, -, +, spaces)"),
    Column("contact_person", False, "the person to ask for"),
    Column("hours", True, "when they can be reached, same format as place hours"),
    Column("topics", True, "what they help with, one or more of: " + " ".join(RESOURCE_TOPICS)),
    Column("address", False, "street address"),
    Column("url", False, "web page (http:// or https://)"),
    Column("description_ja", True, "what they do, in Japanese"),
    Column("description_en", False, "the same in English (other languages: description_<code>)"),
)
TRANSLATED = {"name": "names", "agency": "names", "section": "sections", "description": "descriptions"}

COORDINATE_PROBLEMS = {"lat": "directory.lat", "lon": "directory.lon"}


def decode(raw: bytes) -> str:
    """CSV bytes as text: UTF-8 (with or without BOM), else Shift_JIS as Excel in Japan writes it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp932")


def _list(text: str) -> list[str]:
    return [item for item in LIST_SPLIT.split(text.strip()) if item]


def _lines_or_problem(reader, name: str, problems: list[Problem]):
    """The reader's rows; a line the csv module cannot read (a cell over its size limit…) ends the file with
    a problem instead of an exception."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append(Problem("directory.cannot_read_csv", where=name, line=reader.line_num, error=exc))
            return


def _rows(text: str, name: str, columns: tuple[Column, ...], problems: list[Problem]):
    """Yield (line, {column: value}) for each data row; header problems are added to *problems*."""
    # newline="": the csv module sees the line endings itself, so old Mac files (CR only) read too
    raw = csv.reader(io.StringIO(text, newline=""))
    reader = _lines_or_problem(raw, name, problems)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        if not problems:
            problems.append(Problem("directory.empty_file", where=name, line=1))
        return
    known = {c.name for c in columns}
    codes = set(languages.codes())
    for col in header:
        base, _, code = col.partition("_")
        if col in known or (f"{base}" in TRANSLATED and code in codes and col != "description"):
            continue
        problems.append(Problem("directory.unknown_column", where=name, line=1, column=col,
                                columns=", ".join(c.name for c in columns)))
    for col in columns:
        if col.required and col.name not in header:
            problems.append(Problem("directory.missing_column", where=name, line=1, column=col.name, help=col.help))
    if len(set(header)) != len(header):
        problems.append(Problem("directory.column_twice", where=name, line=1))
    if problems:
        return
    line = raw.line_num + 1
    for cells in reader:
        start, line = line, raw.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append(Problem("directory.cell_count", where=name, line=start, cells=len(cells), columns=len(header)))
            continue
        if any("\x00" in c for c in cells):  # not text; PostgreSQL could not store it
            problems.append(Problem("directory.nul", where=name, line=start))
            continue
        row = {h: spreadsheet.restore(c.strip()) for h, c in zip(header, cells)}
        yield start, {h: staff_input.plain(v) if h in PLAIN_COLUMNS else v for h, v in row.items()}


def _translations(row: dict, base: str) -> dict:
    out = {}
    for col, value in row.items():
        head, _, code = col.partition("_")
        if head == base and code and value:
            out[code] = value
    return out


# A list or choice left empty says "choose one", not 「「」は使えません」 (quoting nothing).
NOTHING_CHOSEN = {"directory.kind_unknown": "directory.kind_none", "directory.audience": "directory.audience_none",
                  "directory.cost": "directory.cost_none", "directory.languages": "directory.languages_none",
                  "directory.topics": "directory.topics_none"}


def _choice(code: str, field: str, value: str, **params) -> Problem:
    """The problem with a choice: 'choose one' when nothing was chosen, else the value that cannot be used."""
    if not (value or "").strip():
        return Problem(NOTHING_CHOSEN[code], field=field)
    return Problem(code, field=field, value=value, **params)


def _common(row: dict, bad) -> None:
    for col, value in row.items():
        head, _, lang = col.partition("_")
        limit = MAX_LENGTHS.get(head, 0) * (2 if lang and lang != "ja" else 1)
        if limit and len(value) > limit:
            bad(Problem("directory.too_long", field=col, limit=limit, length=len(value)))
    if not KEY.match(row["key"]):
        bad(Problem("directory.key_format", field="key", value=row["key"]))
    problem = hours.validate(row["hours"]) if row["hours"] else Problem("directory.hours_empty")
    if problem:
        code = problem.code if problem.code.startswith("directory.") else "directory." + problem.code
        bad(Problem(code, field="hours", **problem.params))  # "hours: …" in English, the rule's own words in Japanese
    if row.get("phone") and not PHONE.match(row["phone"]):
        bad(Problem("directory.phone_format", field="phone", value=row["phone"]))
    if row.get("url") and not re.match(r"^https?://\S+$", row["url"]):
        bad(Problem("directory.url_format", field="url", value=row["url"]))
    if not row.get("description_ja"):
        bad(Problem("directory.description_ja_empty", field="description_ja"))


def parse_places(text: str, name: str = "places.csv", areas: set[str] | None = None) -> list[dict]:
    """Validated place rows ready to store; raise DataError listing every bad row by line and reason."""
    problems: list[Problem] = []
    out, seen = [], {}
    for line, row in _rows(text, name, PLACE_COLUMNS, problems):
        before = len(problems)
        bad = lambda problem, line=line: problems.append(problem.at(name, line))  # noqa: E731
        _common(row, bad)
        if row["key"] in seen:
            bad(Problem("directory.key_again", field="key", value=row["key"], first=seen[row["key"]]))
        seen.setdefault(row["key"], line)
        if not row["name"]:
            bad(Problem("directory.name_empty", field="name"))
        if row["kind"] not in KINDS:
            bad(_choice("directory.kind_unknown", field="kind", value=row["kind"], choices=" ".join(KINDS)))
        if row.get("area") and areas is not None and row["area"] not in areas:
            bad(Problem("directory.area_unknown", field="area", value=row["area"], choices=" ".join(sorted(areas))))
        coords = []
        for col, limit in (("lat", 90), ("lon", 180)):
            try:
                value = float(row[col])
                if not -limit <= value <= limit:
                    raise ValueError
                coords.append(value)
            except ValueError:
                bad(Problem(COORDINATE_PROBLEMS[col], field=col, value=row[col]))
        audience = _list(row["audience"])
        if not audience or set(audience) - set(AUDIENCES):
            bad(_choice("directory.audience", field="audience", value=row["audience"], choices=" ".join(AUDIENCES)))
        if not cost_valid(row["cost"]):
            bad(_choice("directory.cost", field="cost", value=row["cost"]))
        langs = _list(row["languages"])
        unknown = set(langs) - set(languages.codes())
        if not langs or unknown:
            bad(_choice("directory.languages", field="languages", value=row["languages"],
                        choices=" ".join(languages.codes())))
        access = _list(row.get("accessibility", ""))
        if set(access) - set(ACCESSIBILITY):
            bad(Problem("directory.accessibility", field="accessibility", value=row["accessibility"],
                        choices=" ".join(ACCESSIBILITY)))
        if len(problems) > before:
            continue
        out.append({"key": row["key"], "name": row["name"], "names": _translations(row, "name"),
                    "kind": row["kind"], "area": row.get("area") or None, "address": row.get("address", ""),
                    "lat": coords[0], "lon": coords[1], "hours": row["hours"], "audience": audience,
                    "cost": row["cost"], "languages": langs, "accessibility": access,
                    "phone": row.get("phone", ""), "contact": row.get("contact", ""), "url": row.get("url", ""),
                    "descriptions": _translations(row, "description")})
    if problems:
        raise DataError(problems)
    return out


def parse_resources(text: str, name: str = "resources.csv") -> list[dict]:
    """Validated resource rows ready to store; raise DataError listing every bad row by line and reason."""
    problems: list[Problem] = []
    out, seen = [], {}
    for line, row in _rows(text, name, RESOURCE_COLUMNS, problems):
        before = len(problems)
        bad = lambda problem, line=line: problems.append(problem.at(name, line))  # noqa: E731
        _common(row, bad)
        if row["key"] in seen:
            bad(Problem("directory.key_again", field="key", value=row["key"], first=seen[row["key"]]))
        seen.setdefault(row["key"], line)
        if not row["agency"]:
            bad(Problem("directory.agency_empty", field="agency"))
        if not row["phone"]:
            bad(Problem("directory.phone_empty", field="phone"))
        topics = _list(row["topics"])
        if not topics or set(topics) - set(RESOURCE_TOPICS):
            bad(_choice("directory.topics", field="topics", value=row["topics"], choices=" ".join(RESOURCE_TOPICS)))
        if len(problems) > before:
            continue
        out.append({"key": row["key"], "agency": row["agency"], "names": _translations(row, "agency"),
                    "section": row.get("section", ""), "sections": _translations(row, "section"),
                    "phone": row["phone"],
                    "contact_person": row.get("contact_person", ""), "hours": row["hours"], "topics": topics,
                    "address": row.get("address", ""), "url": row.get("url", ""),
                    "descriptions": _translations(row, "description"), "position": len(out) + 1})
    if problems:
        raise DataError(problems)
    return out


def import_places(session: Session, text: str, now, name: str = "places.csv", replace: bool = False,
                  areas: set[str] | None = None) -> dict:
    """Validate the whole file, then store it in one go (nothing is stored when any row is wrong)."""
    return repo_places.upsert_by_key(session, Place, parse_places(text, name, areas), now, replace)


def import_resources(session: Session, text: str, now, name: str = "resources.csv", replace: bool = False) -> dict:
    """Validate the whole file, then store it in one go (nothing is stored when any row is wrong)."""
    return repo_places.upsert_by_key(session, Resource, parse_resources(text, name), now, replace)
