"""Classifiers already built, found again by the content of their keyword files.

Building a classifier takes over a second (every language's keywords compiled, Japanese analysed); the editor
builds one for each draft it checks or previews, and a draft that changes a hotline or a message carries the
very same keyword files as the version being served. A classifier is never changed once built, so one built
from identical files is shared — held weakly, so one that no bundle uses any more is freed as before.
"""
from __future__ import annotations

import hashlib
import threading
import weakref
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
_built: weakref.WeakValueDictionary = weakref.WeakValueDictionary()
_lock = threading.Lock()


def content_key(directory: Path, *options: object) -> str:
    """A digest of every file of *directory* (names and bytes) and of the build's options."""
    digest = hashlib.sha256(repr(options).encode())
    for path in sorted(p for p in (directory.iterdir() if directory.is_dir() else ()) if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def built_once(key: str, build: Callable[[], T]) -> T:
    """The object built for *key* while one is still in use, else a new one from *build* (kept for later)."""
    with _lock:
        found = _built.get(key)
    if found is not None:
        return found
    made = build()  # outside the lock: a build takes a second and another thread may want a different one
    with _lock:
        return _built.setdefault(key, made)
