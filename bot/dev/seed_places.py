"""Seed steps for the fictional town's directory: places to be and helping agencies (upserted by key)."""
from handlers import directory_csv
from handlers.directory import PlacesConfig


def _summary(what: str, counts: dict) -> str:
    total = counts["added"] + counts["updated"] + counts["unchanged"]
    changes = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n) or "nothing to load"
    return f"{total} {what} ({changes})"


def seed_places(session, settings, now) -> str:
    """The places of みどりが丘市 (dialogs/data/places.csv)."""
    path = settings.data_dir / "data" / "places.csv"
    areas = set(PlacesConfig.load(settings.data_dir / "data" / "places.yaml").areas) or None
    counts = directory_csv.import_places(session, directory_csv.decode(path.read_bytes()), now, path.name,
                                         areas=areas)
    return _summary("places", counts)


def seed_resources(session, settings, now) -> str:
    """The agencies of みどりが丘市 (dialogs/data/resources.csv)."""
    path = settings.data_dir / "data" / "resources.csv"
    counts = directory_csv.import_resources(session, directory_csv.decode(path.read_bytes()), now, path.name)
    return _summary("resources", counts)
