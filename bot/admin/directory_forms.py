"""The /admin directory forms: a form becomes one CSV row checked by handlers/directory_csv (the same rules
as an import), and every problem it reports is said in plain Japanese beside its field."""
import io

from handlers import directory_csv, languages, spreadsheet
from handlers.datafile import DataError
from handlers.problems import Problem


def said(problem: str) -> str:
    """A problem of the directory checks in Japanese (through the staff catalog; as it is when not coded)."""
    return problem.said("ja") if isinstance(problem, Problem) else problem


def field_of(problem: str) -> str:
    """Which form field a problem is about (key, hours, lat, description_ja …); "form" when none."""
    return problem.params.get("field", "form") if isinstance(problem, Problem) else "form"


def file_problems(error: DataError) -> list[str]:
    """Every problem of an import as "行 N: 日本語の理由"."""
    return [f"行 {problem.line}: {said(problem)}" if getattr(problem, "line", None) else said(problem)
            for problem in error.problems]


def other_languages() -> list:
    """The languages besides Japanese, for translated names and descriptions."""
    return [lang for lang in languages.languages() if lang.code != "ja"]


def place_row(form) -> dict[str, str]:
    """A place form as one places.csv row (the same columns, lists joined with ';')."""
    cost = form.get("cost_mode", "")
    row = {"key": form.get("key", ""), "name": form.get("name", ""), "kind": form.get("kind", ""),
           "area": form.get("area", ""), "address": form.get("address", ""), "lat": form.get("lat", ""),
           "lon": form.get("lon", ""), "hours": form.get("hours", ""),
           "audience": ";".join(form.getlist("audience")),
           "cost": form.get("cost_yen", "").strip() if cost == "yen" else cost,
           "languages": ";".join(form.getlist("languages")),
           "accessibility": ";".join(form.getlist("accessibility")), "phone": form.get("phone", ""),
           "contact": form.get("contact", ""), "url": form.get("url", ""),
           "description_ja": form.get("description_ja", "")}
    for lang in other_languages():
        row[f"name_{lang.code}"] = form.get(f"name_{lang.code}", "")
        row[f"description_{lang.code}"] = form.get(f"description_{lang.code}", "")
    return row


def resource_row(form) -> dict[str, str]:
    """A resource form as one resources.csv row."""
    row = {name: form.get(name, "") for name in ("key", "agency", "section", "phone", "contact_person", "hours",
                                                  "address", "url", "description_ja")}
    row["topics"] = ";".join(form.getlist("topics"))
    for lang in other_languages():
        row[f"agency_{lang.code}"] = form.get(f"agency_{lang.code}", "")
        row[f"section_{lang.code}"] = form.get(f"section_{lang.code}", "")
        row[f"description_{lang.code}"] = form.get(f"description_{lang.code}", "")
    return row


def _one_row_csv(row: dict[str, str]) -> str:
    buf = io.StringIO()
    writer = spreadsheet.writer(buf)
    writer.writerow(list(row))
    writer.writerow(list(row.values()))
    return buf.getvalue()


def check(kind: str, row: dict[str, str], areas: set[str] | None = None) -> tuple[dict | None, dict[str, list[str]]]:
    """(values ready to store, {}) or (None, {field: [Japanese problems]}) through the CSV import's own checks."""
    try:
        if kind == "places":
            parsed = directory_csv.parse_places(_one_row_csv(row), "form", areas)
        else:
            parsed = directory_csv.parse_resources(_one_row_csv(row), "form")
    except DataError as exc:
        errors: dict[str, list[str]] = {}
        for problem in exc.problems:
            errors.setdefault(field_of(problem), []).append(said(problem))
        return None, errors
    if not parsed:  # every field blank: the import skips such a row, so there is nothing to check
        first = "name" if kind == "places" else "agency"
        return None, {first: [said(Problem("directory.name_empty" if kind == "places" else "directory.agency_empty"))]}
    return parsed[0], {}


def form_values(entry, kind: str) -> dict:
    """What the edit form shows for a stored place or resource (the same keys the form posts)."""
    if kind == "places":
        cost = entry.cost if entry.cost in ("free", "donation") else "yen"
        values = {"key": entry.key, "name": entry.name, "kind": entry.kind, "area": entry.area or "",
                  "address": entry.address, "lat": f"{entry.lat:.6f}", "lon": f"{entry.lon:.6f}",
                  "hours": entry.hours, "audience": list(entry.audience), "cost_mode": cost,
                  "cost_yen": entry.cost if cost == "yen" else "", "languages": list(entry.languages),
                  "accessibility": list(entry.accessibility), "phone": entry.phone, "contact": entry.contact,
                  "url": entry.url}
        values.update({f"name_{k}": v for k, v in (entry.names or {}).items()})
    else:
        values = {name: getattr(entry, name) for name in ("key", "agency", "section", "phone", "contact_person",
                                                          "hours", "address", "url")}
        values["topics"] = list(entry.topics)
        values.update({f"agency_{k}": v for k, v in (entry.names or {}).items()})
        values.update({f"section_{k}": v for k, v in (entry.sections or {}).items()})
    values.update({f"description_{k}": v for k, v in (entry.descriptions or {}).items()})
    return values


def typed(form) -> dict:
    """What was typed, to show again beside the problems (lists as lists)."""
    values = {k: form.get(k, "") for k in form.keys()}
    for name in ("audience", "languages", "accessibility", "topics"):
        values[name] = form.getlist(name)
    return values
