"""Opening hours in the staff format: weekdays, across midnight, public holidays, dated exceptions, mistakes."""
from datetime import datetime

import pytest

from handlers import hours
from tests.places_support import TOKYO


def at(local: str) -> datetime:
    return datetime.fromisoformat(local).replace(tzinfo=TOKYO)


def state(text: str, local: str):
    return hours.parse(text).state(at(local), "Asia/Tokyo")


def test_weekday_hours_open_and_next_opening():
    text = "mon-fri 10:00-16:00; sat 10:00-12:00"
    assert state(text, "2026-11-24 10:00")[:2] == (True, at("2026-11-24 16:00"))  # Tuesday
    assert state(text, "2026-11-24 16:00") == (False, None, at("2026-11-25 10:00"))
    assert state(text, "2026-11-28 12:30") == (False, None, at("2026-11-30 10:00"))  # Saturday → Monday


def test_hours_crossing_midnight_belong_to_the_evening_they_start():
    text = "fri 18:00-02:00"
    assert state(text, "2026-11-27 23:59")[0] is True  # Friday night
    assert state(text, "2026-11-28 01:59")[:2] == (True, at("2026-11-28 02:00"))  # Saturday 1:59
    assert state(text, "2026-11-28 02:00") == (False, None, at("2026-12-04 18:00"))
    assert state(text, "2026-11-27 01:00")[0] is False  # Thursday night is not Friday night


def test_public_holidays_follow_the_holidays_rule():
    text = "mon-fri 09:00-17:00; holidays closed"
    # 2026-11-23 (Mon) is 勤労感謝の日
    assert state(text, "2026-11-23 10:00") == (False, None, at("2026-11-24 09:00"))
    assert state("mon-fri 09:00-17:00; holidays 10:00-12:00", "2026-11-23 11:00")[0] is True
    assert state("mon-fri 09:00-17:00", "2026-11-23 11:00")[0] is True  # no rule: weekday hours apply


def test_a_holiday_eve_opening_across_midnight_still_runs_into_the_holiday():
    # Sunday 2026-11-22 night into Monday the 23rd (a holiday): the Sunday opening is not cut short.
    assert state("sun 20:00-05:00; holidays closed", "2026-11-23 03:00")[0] is True


def test_dated_exceptions_close_and_open_specific_days():
    text = "daily 10:00-18:00; 2026-12-29..2027-01-03 closed; 2027-01-02 11:00-13:00"
    assert state(text, "2026-12-30 12:00")[0] is False
    assert state(text, "2027-01-02 12:00")[0] is True
    assert state(text, "2026-12-28 12:00")[0] is True


def test_japanese_and_full_width_writing_is_understood():
    schedule = hours.parse("月-金 １０：００〜１６：００；土 休み；祝 休み")
    assert schedule.weekly["mon"] == ((600, 960),) and schedule.weekly["sat"] == () and schedule.holidays == ()


def test_later_rules_replace_earlier_ones_for_the_same_day():
    assert hours.parse("mon-fri 10:00-16:00; wed 13:00-16:00").weekly["wed"] == ((780, 960),)


@pytest.mark.parametrize("text, reason", [
    ("mon-fry 10:00-16:00", "'fry'"),
    ("mon 25:00-26:00", "not a time of day"),
    ("mon 10:00-10:00", "same time"),
    ("mon 10-16", "not a time like"),
    ("mon 10:00-14:00,13:00-15:00", "overlap"),
    ("2026-02-30 closed", "not a real date"),
    ("10:00-16:00", "needs days and hours"),
])
def test_mistakes_are_named(text, reason):
    assert reason in hours.validate(text)
