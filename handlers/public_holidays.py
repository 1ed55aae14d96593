"""Japan's public holidays of a year: from a table shipped with the code (handlers/japan_holidays.json, written from
the `holidays` library by `python -m handlers.public_holidays`), or from the library itself for a year the table
does not hold. The library imports the holidays of every country on first use (~0.25 s and ~17 MB in each
worker), for the one country we ask about; the table costs a few kilobytes."""
import json
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("japan_holidays.json")
FIRST_YEAR, LAST_YEAR = 2020, 2045  # the years the table holds (regenerate it before the last one comes)


@lru_cache(maxsize=1)
def _table() -> dict[int, frozenset[date]]:
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    return {int(year): frozenset(date.fromisoformat(day) for day in days) for year, days in data["years"].items()}


@lru_cache(maxsize=8)
def japan(year: int) -> frozenset[date]:
    """The dates of Japan's public holidays in *year*."""
    found = _table().get(year)
    return found if found is not None else from_library(year)


def from_library(year: int) -> frozenset[date]:
    """Japan's public holidays of *year* as the `holidays` library computes them."""
    import holidays  # only here: importing it loads every country's calendar

    return frozenset(holidays.Japan(years=year))


def write_table(first: int = FIRST_YEAR, last: int = LAST_YEAR) -> None:
    """Write the table from the library (after the law or the library changes, or to extend the years)."""
    import holidays

    years = {str(year): sorted(day.isoformat() for day in from_library(year)) for year in range(first, last + 1)}
    TABLE.write_text(json.dumps({"source": f"holidays {holidays.__version__}, Japan", "years": years},
                                ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_table(*(int(arg) for arg in sys.argv[1:3]))
