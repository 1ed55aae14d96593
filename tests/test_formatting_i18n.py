"""Dates, times, weekdays, distances and numbers read naturally in each resident's locale (Babel)."""
import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from handlers import formatting, languages

TZ = "Asia/Tokyo"
VISIT = datetime(2026, 11, 24, 14, 0, tzinfo=ZoneInfo(TZ))  # a Tuesday


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_a_booking_reads_naturally_in_japanese():
    assert formatting.when(VISIT, "ja", TZ) == "11月24日(火) 14:00"
    assert formatting.when(VISIT, "ja-easy", TZ) == "11月24日(火) 14:00"


def test_a_booking_reads_naturally_in_vietnamese():
    # Newer CLDR data (Babel 2.19) writes the weekday out ("Thứ 3"); older data abbreviated it ("Th 3").
    assert re.fullmatch(r"14:00 Thứ Ba, 24 tháng 11", formatting.when(VISIT, "vi", TZ))
    assert re.fullmatch(r"Th(ứ)? 3, 24 tháng 11", formatting.day(VISIT, "vi", TZ))


def test_a_booking_reads_naturally_in_portuguese():
    assert formatting.when(VISIT, "pt-BR", TZ) == "terça-feira, 24 de novembro, às 14:00"


def test_english_uses_a_twelve_hour_clock():
    # Newer CLDR data (Babel 2.19) spells the month out in this pattern.
    assert _plain(formatting.when(VISIT, "en", TZ)) == "Tuesday, November 24 at 2:00 PM"
    assert _plain(formatting.clock_of(time(8, 30), "en")) == "8:30 AM"


def test_times_are_shown_in_the_office_time_zone_whatever_the_input_zone():
    utc = VISIT.astimezone(ZoneInfo("UTC"))
    assert formatting.when(utc, "ja", TZ) == "11月24日(火) 14:00"


def test_distances_and_numbers_use_the_locales_digits_and_units():
    assert formatting.distance(1234, "ja") == "1.2 km"
    assert formatting.distance(1234, "pt-BR") == "1,2 km"
    assert formatting.distance(344, "vi") == "340 m"
    assert formatting.distance(1234, "zh-Hans") == "1.2公里"
    assert formatting.number(12345.6, "es") == "12.345,6"
    assert formatting.number(12345.6, "en") == "12,345.6"


def test_lists_join_as_each_language_does():
    assert formatting.listing(["お仕事", "お金"], "ja") == "お仕事、お金"
    assert formatting.listing(["Work", "Money", "Housing"], "en") == "Work, Money, and Housing"
    assert formatting.listing(["Trabalho", "Moradia"], "pt-BR") == "Trabalho e Moradia"


@pytest.mark.parametrize("code", languages.codes())
def test_every_language_formats_a_date_a_time_and_a_distance(code):
    assert "24" in formatting.when(VISIT, code, TZ)
    assert formatting.distance(500, code) and formatting.clock_of(time(17, 15), code)


@pytest.mark.parametrize("code,reads", [("es", "martes, 24 de noviembre a las 14:00"),
                                        ("id", "Selasa, 24 November pukul 14.00"),
                                        ("th", "วันอังคาร 24 พฤศจิกายน เวลา 14:00 น."),
                                        ("tl", "Martes, Nobyembre 24, 2:00 PM")])
def test_a_day_and_time_read_as_a_phrase_with_the_weekday_written_out(code, reads):
    assert _plain(formatting.when(VISIT, code, TZ)) == reads


def test_a_spanish_resident_after_hours_is_told_when_we_open_in_a_grammatical_sentence(new_resident, fake_line):
    from tests.support import move_clock_to

    move_clock_to("2026-12-06T10:00:00+09:00")  # a Sunday: the office opens on Monday at 8:30
    someone = new_resident()
    fake_line.state.languages[someone.user] = "es"
    someone.follow()
    someone.say("ya no quiero vivir")
    said = _plain(someone.texts())
    assert "el lunes, 7 de diciembre a las 8:30" in said and "a las lun" not in said
