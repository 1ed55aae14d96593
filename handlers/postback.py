"""Postback data: which trigger a button fires, with its value and the state it was offered in."""
from functools import lru_cache
from urllib.parse import parse_qs, urlencode

MAX_LEN = 300  # LINE's limit on postback data


@lru_cache(maxsize=4096)  # the same few buttons are drawn on every turn
def encode(trigger: str, value: str = "", state: str = "") -> str:
    """Data for a button; short enough for LINE."""
    data = urlencode({k: v for k, v in (("t", trigger), ("v", value), ("s", state)) if v})
    if len(data) > MAX_LEN:
        raise ValueError(f"postback data over {MAX_LEN} characters: {data[:40]}…")
    return data


@lru_cache(maxsize=4096)  # every turn decodes the buttons it draws to compare them
def decode(data: str) -> tuple[str, str, str]:
    """(trigger, value, state) from button data; unknown shapes give an empty trigger."""
    try:
        parsed = parse_qs(data or "", keep_blank_values=True, max_num_fields=5)
    except ValueError:
        return "", "", ""
    first = lambda key: (parsed.get(key) or [""])[0][:100]  # noqa: E731
    return first("t"), first("v"), first("s")
