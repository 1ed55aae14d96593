"""What staff type with a Japanese IME, made plain before checking: full-width digits, colons and letters become
half-width (NFKC), and the dash look-alikes an IME gives for '-' (ー － ― ‐ – — −) become '-'. Used for phone
numbers, opening hours, time ranges, dates, numbers and coordinates in every staff form and CSV."""
import re
import unicodedata

DASHES = re.compile(r"[ー－―‐‑‒–—−ｰ]")


def plain(text: str | None) -> str:
    """*text* in half-width with one kind of dash, trimmed: 「０１２０－０００－９９９」 → '0120-000-999'."""
    return DASHES.sub("-", unicodedata.normalize("NFKC", text or "")).strip()
