"""CSV export of the directory: every active place or resource, in the columns handlers/directory_csv.py imports."""
import io

from sqlalchemy.orm import Session

from handlers import languages, spreadsheet
from handlers.directory_csv import PLACE_COLUMNS, RESOURCE_COLUMNS
from storage import repo_places


def _translated_columns(rows, attr: str, base: str, always: tuple[str, ...]) -> list[str]:
    codes = set(always)
    for row in rows:
        codes |= set(getattr(row, attr) or {})
    ordered = [c for c in languages.codes() if c in codes]
    return [f"{base}_{c}" for c in ordered]


def _write(header: list[str], records: list[dict]) -> str:
    buf = io.StringIO()
    writer = spreadsheet.writer(buf)
    writer.writerow(header)
    for record in records:
        writer.writerow([record.get(col, "") for col in header])
    return buf.getvalue()


def export_places(session: Session) -> str:
    """Every active place as CSV, in the columns import_places reads."""
    places = repo_places.all_places(session)
    names = _translated_columns(places, "names", "name", ())
    descriptions = _translated_columns(places, "descriptions", "description", ("ja", "en"))
    header = [c.name for c in PLACE_COLUMNS if not c.name.startswith("description_")]
    header = header[:2] + names + header[2:] + descriptions
    records = []
    for p in places:
        record = {"key": p.key, "name": p.name, "kind": p.kind, "area": p.area or "", "address": p.address,
                  "lat": f"{p.lat:.6f}", "lon": f"{p.lon:.6f}", "hours": p.hours, "audience": ";".join(p.audience),
                  "cost": p.cost, "languages": ";".join(p.languages), "accessibility": ";".join(p.accessibility),
                  "phone": p.phone, "contact": p.contact, "url": p.url}
        record.update({f"name_{k}": v for k, v in (p.names or {}).items()})
        record.update({f"description_{k}": v for k, v in (p.descriptions or {}).items()})
        records.append(record)
    return _write(header, records)


def export_resources(session: Session) -> str:
    """Every active resource as CSV, in the columns import_resources reads."""
    resources = repo_places.all_resources(session)
    names = _translated_columns(resources, "names", "agency", ())
    sections = _translated_columns(resources, "sections", "section", ())
    descriptions = _translated_columns(resources, "descriptions", "description", ("ja", "en"))
    header = [c.name for c in RESOURCE_COLUMNS if not c.name.startswith("description_")]
    header = header[:2] + names + header[2:3] + sections + header[3:] + descriptions
    records = []
    for r in resources:
        record = {"key": r.key, "agency": r.agency, "section": r.section, "phone": r.phone,
                  "contact_person": r.contact_person, "hours": r.hours, "topics": ";".join(r.topics),
                  "address": r.address, "url": r.url}
        record.update({f"agency_{k}": v for k, v in (r.names or {}).items()})
        record.update({f"section_{k}": v for k, v in (r.sections or {}).items()})
        record.update({f"description_{k}": v for k, v in (r.descriptions or {}).items()})
        records.append(record)
    return _write(header, records)
