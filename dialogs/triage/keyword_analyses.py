"""The dictionary's analyses of the shipped keywords, computed once and shipped beside this module.

Compiling the keyword lists asks the Japanese dictionary about some 3,500 phrases (lemmas, readings); that reads
most of its 110 MB file, and every page read stays in the memory of each web worker (80 MB of it). With the
analyses shipped, a worker reads the dictionary only for residents' messages. The table holds exactly what the
dictionary answered, for the dictionary version it names; with another version it is not used. A phrase staff add
is analysed by the dictionary as before. Rewrite the table after editing the shipped keyword lists:

    python -m dialogs.triage.write_analyses
"""
from __future__ import annotations

import gzip
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PATH = Path(__file__).resolve().parent / "keyword_analyses.json.gz"


def versions() -> dict[str, str]:
    """The analyser and dictionary versions the analyses depend on."""
    found = {}
    for package in ("sudachipy", "sudachidict-small"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "missing"
    return found


def load(path: Path = PATH) -> dict[str, list]:
    """The shipped analyses, or nothing when the file is missing, unreadable or made with another dictionary."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("versions") != versions() or not isinstance(data.get("morphemes"), dict):
        return {}
    return data["morphemes"]
