"""Loads and validates everything staff edit — script, texts, hours, hotlines, questions, keywords — together."""
from dataclasses import dataclass, field
from pathlib import Path

from dialogs import script as scripts
from dialogs.catalog import Catalog
from dialogs.triage import Classifier, LexiconError
from handlers import canned, language_names, registry, service_terms
from handlers.datafile import DataError, load_file
from handlers.destinations import DestinationBook
from handlers.directory import PlacesConfig
from handlers.hotlines import HotlineBook
from handlers.office import Office
from handlers.problems import Problem
from handlers.questions import QuestionBook
from handlers.retention_policy import RetentionPolicy
from handlers.typed_dates import DateWords


@dataclass
class Bundle:
    """One consistent, validated set of dialog data."""

    catalog: Catalog
    script: scripts.Script
    office: Office
    hotlines: HotlineBook
    questions: QuestionBook
    classifier: Classifier
    destinations: DestinationBook | None = None
    canned: list = field(default_factory=list)  # handlers.canned.Canned, for the counselor console
    places: PlacesConfig | None = None
    retention: RetentionPolicy | None = None
    dates: DateWords | None = None


def load_bundle(data_dir: Path, tz: str, catalog: Catalog | None = None) -> Bundle:
    """Load every data file; raise DataError listing all problems in all files at once."""
    registry.load_all()
    catalog = catalog or Catalog.from_directory()
    known = catalog.has
    problems: list[str] = []
    loaded: dict = {}
    steps = {
        "script": lambda: scripts.load(data_dir / "intake.yaml", known),
        "office": lambda: Office.load(data_dir / "data" / "office.yaml", tz),
        "hotlines": lambda: HotlineBook.load(data_dir / "data" / "hotlines.yaml", tz, known),
        "questions": lambda: QuestionBook.load(data_dir / "data" / "followups.yaml", known),
        "classifier": lambda: Classifier.from_directory(data_dir / "keywords"),
        "destinations": lambda: DestinationBook.load(data_dir / "data" / "visit_destinations.yaml", known),
        "canned": lambda: canned.load(data_dir / "data" / "canned.yaml", known),
        "places": lambda: PlacesConfig.load(data_dir / "data" / "places.yaml", tuple(
            value for _label, value in loaded["questions"].area_options()) if "questions" in loaded else ()),
        "retention": lambda: RetentionPolicy.load(data_dir / "data" / "retention.yaml"),
        "dates": lambda: DateWords.load(data_dir / "data" / "dates.yaml"),
        "service_terms": lambda: service_terms.parse(load_file(data_dir / "data" / "service_terms.yaml"), known),
        "language_names": lambda: language_names.load(),  # locales/languages.yaml: what a typed answer may call a language
    }
    for name, step in steps.items():
        try:
            loaded[name] = step()
        except DataError as exc:
            problems += exc.problems
        except LexiconError as exc:
            problems += exc.problems
        except FileNotFoundError as exc:
            problems.append(Problem("data.file_missing", file=exc.filename or exc))
    if problems:
        raise DataError(problems)
    return Bundle(catalog, loaded["script"], loaded["office"], loaded["hotlines"], loaded["questions"],
                  loaded["classifier"], loaded["destinations"], canned=loaded["canned"], places=loaded["places"],
                  retention=loaded["retention"], dates=loaded["dates"])


def validate(data_dir: Path, tz: str = "Asia/Tokyo") -> list[str]:
    """Every problem in the dialog data, as 'file:line: reason' lines (empty when all is well)."""
    try:
        load_bundle(data_dir, tz)
    except DataError as exc:
        return exc.problems
    return []
