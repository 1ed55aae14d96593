"""Kana readings of Japanese keywords (家賃 → やちん), so hiragana-only messages still match.

pykakasi's dictionaries take about 100 MB once loaded, and Python cannot hand that memory back to
the system after use; so readings are worked out in a short-lived child process (one per batch of
keywords not seen before) and only the small results are kept here."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from functools import lru_cache
from pathlib import Path

MIN_READING_LENGTH = 3  # shorter readings (家 → いえ) would match inside unrelated words
_PROJECT = Path(__file__).resolve().parents[2]
log = logging.getLogger(__name__)
_known: dict[str, str] = {}  # keyword -> its full hiragana reading (kept for the life of the process)
_lock = threading.Lock()


def _has_kanji(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" or c == "\u3005" for c in text)


def _wanted(text: str) -> bool:
    return len(text) >= 2 and _has_kanji(text)


@lru_cache(maxsize=1)
def _converter():
    import pykakasi  # imported here: loading its dictionaries takes a moment (and ~100 MB)

    return pykakasi.kakasi()


def _convert_here(texts: list[str]) -> dict[str, str]:
    return {text: "".join(part["hira"] for part in _converter().convert(text)) for text in texts}


def _convert_in_child(texts: list[str]) -> dict[str, str]:
    """Readings worked out by a child process, so its dictionaries never occupy this one."""
    done = subprocess.run([sys.executable, "-m", "dialogs.triage.readings"], input=json.dumps(texts),
                          capture_output=True, text=True, encoding="utf-8", cwd=_PROJECT, timeout=120, check=True)
    readings = json.loads(done.stdout)
    if not isinstance(readings, dict) or set(readings) != set(texts):
        raise ValueError("the reading process answered for other keywords")
    return readings


def prepare(texts) -> None:
    """Work out the readings of every keyword in *texts* at once (one child process for all new ones)."""
    with _lock:
        todo = sorted({text for text in texts if _wanted(text) and text not in _known})
        if not todo:
            return
        try:
            _known.update(_convert_in_child(todo))
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            log.warning("kana readings worked out in this process (%s)", type(exc).__name__)
            _known.update(_convert_here(todo))


def hiragana_reading(text: str) -> str | None:
    """The hiragana reading of a keyword with kanji, or None when it has none worth matching."""
    if not _wanted(text):
        return None
    if text not in _known:
        prepare([text])
    reading = _known[text]
    if len(reading) < MIN_READING_LENGTH or _has_kanji(reading):
        return None
    return reading


if __name__ == "__main__":  # the child process: keywords as JSON on stdin, readings as JSON on stdout
    sys.stdout.write(json.dumps(_convert_here(json.load(sys.stdin)), ensure_ascii=False))
