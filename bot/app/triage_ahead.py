"""A message's triage read before its turn takes SQLite's one writer, so the writer is held for less.

On SQLite every turn runs inside the one write transaction all processes share, and under load that lock, not the
CPU, is what turns wait for. Reading a message (the triage) needs no database: a request thread reads it before
the transaction, and the turn finds the reading ready. The reading depends on the message and the resident's
language; the language is the one this resident's last turn in this process left them with (only LINE ids and language codes
are kept, a bounded number), and a wrong guess only means the turn reads the message itself, as before."""
import threading
from collections import OrderedDict
from typing import Any, Callable

REMEMBERED = 10_000  # residents whose language this process keeps for its guesses


class TriageAhead:
    """The services' classify (text, lang) → reading, which can be asked ahead by the thread that will run the turn."""

    def __init__(self, classify: Callable[..., Any]):
        self._classify = classify
        self._ready = threading.local()
        self._langs: OrderedDict[str, str | None] = OrderedDict()
        self._langs_lock = threading.Lock()

    def __call__(self, text: str, lang: str | None = None):
        """The reading of *text* for a resident writing in *lang*: the one prepared by this thread when it matches."""
        ready = getattr(self._ready, "reading", None)
        if ready is not None:
            self._ready.reading = None
            (key, ready_text, ready_lang), reading = ready
            if (ready_text, ready_lang) == (text, lang):
                return reading
        return self._classify(text, lang)

    def prepare(self, key: str, text: str) -> None:
        """Read *text* now, for the turn this thread is about to run for the resident *key*."""
        with self._langs_lock:
            lang = self._langs.get(key)
        self._ready.reading = ((key, text, lang), self._classify(text, lang))

    def forget_prepared(self) -> None:
        """Drop what this thread prepared and its turn did not use (a turn that read no text, or failed)."""
        self._ready.reading = None

    def remember(self, key: str, lang: str | None) -> None:
        """Keep the language a turn left the resident *key* with: the guess for their next message."""
        with self._langs_lock:
            self._langs[key] = lang
            self._langs.move_to_end(key)
            if len(self._langs) > REMEMBERED:
                self._langs.popitem(last=False)
