"""Write dialogs/triage/keyword_analyses.json.gz: build the shipped classifier with the dictionary and keep what it
was asked (see keyword_analyses.py).

    python -m dialogs.triage.write_analyses
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from . import KEYWORDS_DIRECTORY, morphology
from .classifier import Classifier
from .keyword_analyses import PATH, versions


def write(path: Path = PATH) -> int:
    """Build the shipped classifier with the dictionary, and keep what it was asked: returns the phrase count."""
    texts: set[str] = set()
    with morphology.recording(texts):
        Classifier.from_directory(KEYWORDS_DIRECTORY, shipped_analyses=False)
    table = {text: [list(row) for row in morphology.morphemes(text)] for text in sorted(texts)}
    payload = json.dumps({"versions": versions(), "morphemes": table}, ensure_ascii=False, sort_keys=True,
                         separators=(",", ":"))
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # no timestamp: the same lists give the same file
        handle.write(payload.encode("utf-8"))
    return len(table)


if __name__ == "__main__":
    print(f"{write()} phrases written to {PATH}")
