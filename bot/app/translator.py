"""A LibreTranslate-compatible translation service run by the centre itself: the Japanese meaning of a resident's
message in another language, and how a counselor's reply will read in the resident's language.

Off by default: residents' words leave the centre's own systems only when MADOGUCHI_TRANSLATE_URL names a service
the centre decided on. Nothing is stored; a small in-memory cache spares repeated calls for the same text."""
import logging
import threading
from collections import OrderedDict
from urllib.parse import urlparse

import requests

log = logging.getLogger(__name__)

# our language codes → LibreTranslate's (it names Chinese zh / zt and Portuguese pt; やさしい日本語 is Japanese)
SERVICE_CODES = {"zh-Hans": "zh", "zh-Hant": "zt", "pt-BR": "pt", "ja-easy": "ja"}
TIMEOUT = 4.0  # seconds: a page waits at most this long for meanings, then shows the messages without them
CACHE_SIZE = 1024
MAX_CHARS = 2000  # longer texts are not sent (a LINE message is at most 5,000; a console reply as much)


def service_code(code: str | None) -> str:
    """Our language code as the translation service names it ('auto' when unknown)."""
    if not code:
        return "auto"
    return SERVICE_CODES.get(code, code)


class Translator:
    """One translation service: translate texts between our language codes; None where it could not."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = TIMEOUT):
        self.url, self.api_key, self.timeout = url.rstrip("/"), api_key, timeout
        self.host = urlparse(url).netloc
        self._http = requests.Session()
        self._cache: OrderedDict[tuple[str, str, str], str] = OrderedDict()
        self._lock = threading.Lock()

    def translate_all(self, texts: list[str], source: str | None, target: str) -> list[str | None]:
        """Each text in *target* (one call for all that are not cached); None for those that failed."""
        src, dst = service_code(source), service_code(target)
        keys = [(text, src, dst) for text in texts]
        with self._lock:
            found = {key: self._cache[key] for key in keys if key in self._cache}
        missing = list(dict.fromkeys(key[0] for key in keys if key not in found and 0 < len(key[0]) <= MAX_CHARS))
        if missing and src != dst:
            for text, meaning in zip(missing, self._ask(missing, src, dst), strict=True):
                if meaning is not None:
                    found[(text, src, dst)] = meaning
            with self._lock:
                for key in keys:
                    if key in found:
                        self._cache[key] = found[key]
                        self._cache.move_to_end(key)
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return [found.get(key) for key in keys]

    def translate(self, text: str, source: str | None, target: str) -> str | None:
        """One text in *target*, or None."""
        return self.translate_all([text], source, target)[0]

    def _ask(self, texts: list[str], source: str, target: str) -> list[str | None]:
        body = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.api_key:
            body["api_key"] = self.api_key
        try:
            response = self._http.post(f"{self.url}/translate", json=body, timeout=self.timeout)
            response.raise_for_status()
            answer = response.json().get("translatedText")
        except (requests.RequestException, ValueError, AttributeError) as exc:
            log.warning("translation service failed: %s", type(exc).__name__)  # never the text itself
            return [None] * len(texts)
        if isinstance(answer, str) and len(texts) == 1:
            answer = [answer]
        if not isinstance(answer, list) or len(answer) != len(texts):
            log.warning("translation service answered in an unexpected shape")
            return [None] * len(texts)
        return [item if isinstance(item, str) and item.strip() else None for item in answer]
