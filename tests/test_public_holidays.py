"""Japan's public holidays come from a table shipped with the code, the same as the `holidays` library says, so a
worker never loads the library's calendars of every country; a year beyond the table still comes from the library."""
import subprocess
import sys
from datetime import date

import pytest

from handlers import public_holidays


@pytest.mark.parametrize("year", range(public_holidays.FIRST_YEAR, public_holidays.LAST_YEAR + 1))
def test_the_shipped_table_holds_what_the_holidays_library_says_for_each_of_its_years(year):
    assert public_holidays._table()[year] == public_holidays.from_library(year)


def test_the_table_knows_new_years_day_the_emperors_birthday_and_a_substitute_holiday():
    days = public_holidays.japan(2026)
    assert {date(2026, 1, 1), date(2026, 2, 23), date(2026, 5, 6)} <= days  # 5/6: for Constitution Day on a Sunday
    assert date(2026, 12, 7) not in days


def test_a_year_beyond_the_table_is_asked_of_the_library():
    public_holidays.japan.cache_clear()
    assert date(2060, 1, 1) in public_holidays.japan(2060)
    public_holidays.japan.cache_clear()


def test_asking_about_this_years_holidays_does_not_load_the_library():
    code = ("import sys; from handlers import public_holidays; public_holidays.japan(2026); "
            "print('holidays' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
