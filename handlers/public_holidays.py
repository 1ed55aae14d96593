"""Japan's public holidays of a year, computed once per process (building the calendar costs about a
millisecond, and office hours are asked on many turns)."""
from datetime import date
from functools import lru_cache

import holidays


@lru_cache(maxsize=8)
def japan(year: int) -> frozenset[date]:
    """The dates of Japan's public holidays in *year*."""
    return frozenset(holidays.Japan(years=year))
