"""A resident who types a day where visit times are offered (「12月8日」「来週の火曜日」「あした」 "Dec 8", "ngày mai"):
the one free time it names is taken, several are narrowed to that day's, a day without any is said so with the
nearest free days as buttons, and a day gone by is said so."""
from datetime import date

import pytest

from handlers import postback
from handlers.datafile import DataError, load_yaml
from handlers.typed_dates import DateWords
from tests.booking_helpers import active_bookings, add_slot, book_in_chat
from tests.support import move_clock_to

pytestmark = pytest.mark.wordings  # the parameters change only the words: CI's PostgreSQL pass runs the first

SUNDAY_NOON = "2026-12-06T12:00:00+09:00"


@pytest.fixture
def week(runtime):
    """A Sunday; free times on Monday 10:00, Tuesday 10:00 and 14:00, Thursday 14:00 and the next Tuesday 10:00."""
    move_clock_to(SUNDAY_NOON)
    for days, hour in ((1, 10), (2, 10), (2, 14), (4, 14), (9, 10)):
        add_slot(runtime, days, hour=hour, languages=("ja", "en", "vi", "es", "ko"))


def _at_the_times(resident, lang=None, fake_line=None):
    if lang:
        fake_line.state.languages[resident.user] = lang
    resident.follow()
    resident.postback(postback.encode("visit"))


def _times(resident):
    return [label for label in resident.buttons() if ":" in label]


@pytest.mark.parametrize("words", ["明日", "あした", "明日でお願いします", "月曜日"])
def test_a_day_with_one_free_time_takes_it(week, resident, words):
    _at_the_times(resident)
    resident.say(words)
    said = resident.texts()
    assert "12月7日(月) 10:00" in said and "どこへ一緒に行きたいですか" in said


@pytest.mark.parametrize("words", ["12月8日", "8日", "火曜", "火曜日がいいです", "あさって", "12/8"])
def test_a_day_with_several_free_times_narrows_to_them(week, resident, words):
    _at_the_times(resident)
    resident.say(words)
    assert "12月8日(火)に空いている時間です" in resident.texts()
    assert _times(resident) == ["12/8(火) 10:00", "12/8(火) 14:00"]


def test_a_day_and_a_time_take_that_time(week, resident, runtime):
    _at_the_times(resident)
    resident.say("火曜の14時")
    assert "12月8日(火) 14:00" in resident.texts() and "どこへ" in resident.texts()
    resident.tap("ハローワーク")
    resident.tap("伝えてよい")
    assert len(active_bookings(runtime)) == 1


def test_next_week_said_on_a_sunday_offers_both_tuesdays_it_may_mean(week, resident):
    _at_the_times(resident)
    resident.say("来週の火曜日")
    assert _times(resident) == ["12/8(火) 10:00", "12/8(火) 14:00", "12/15(火) 10:00"]


def test_a_day_without_a_free_time_says_so_and_offers_the_nearest(week, resident):
    _at_the_times(resident)
    resident.say("水曜日")
    said = resident.texts()
    assert "12月9日(水)は空きがありません" in said
    assert _times(resident) and all("水" not in label for label in _times(resident))


def test_a_day_gone_by_is_said_so(week, resident):
    _at_the_times(resident)
    resident.say("12月1日")
    assert "その日はもう過ぎています" in resident.texts() and _times(resident)


@pytest.mark.parametrize("profile,words,expect", [
    ("en", "tomorrow", "December 7"), ("en", "Dec 8", "December 8"), ("en", "next Tuesday", "December 8"), ("vi", "ngày mai", "7"),
    ("es", "el martes", "8"), ("ko", "내일", "7")])
def test_days_typed_in_other_languages_are_read(week, resident, fake_line, profile, words, expect):
    _at_the_times(resident, profile, fake_line)
    before = resident.texts()
    resident.say(words)
    said = resident.texts()
    assert said != before and expect in said


def test_a_visit_is_moved_to_the_day_typed(runtime, resident):
    move_clock_to(SUNDAY_NOON)
    add_slot(runtime, 1, hour=10)
    thursday = add_slot(runtime, 4, hour=14)
    book_in_chat(resident)
    resident.say("予約を変更したい")
    resident.say("木曜")
    assert "12月10日(木)" in resident.texts()
    assert [b.slot_id for b in active_bookings(runtime)] == [thursday]


def test_a_dates_file_with_six_weekdays_is_refused_with_its_line():
    text = "ja:\n  days: {0: [今日]}\n  weekdays: [[月], [火], [水], [木], [金], [土]]\n  dates: ['{m}月{d}日']\n"
    with pytest.raises(DataError) as caught:
        DateWords.from_data(load_yaml(text, "dates.yaml"), "dates.yaml")
    assert caught.value.problems == ["dates.yaml:3: ja: weekdays must be 7 lists of words"]


def test_a_date_form_without_a_day_is_refused():
    text = "en:\n  weekdays: [[mo], [tu], [we], [th], [fr], [sa], [su]]\n  dates: ['{m}/{x}']\n"
    with pytest.raises(DataError) as caught:
        DateWords.from_data(load_yaml(text, "dates.yaml"), "dates.yaml")
    assert "dates.yaml:3: en: the form" in caught.value.problems[0]


def test_the_resident_s_own_language_reads_a_numeric_date_first(runtime):
    words = runtime.live.bundle.dates
    sunday = date(2026, 12, 6)
    assert words.read("12/8", "ja", sunday).days == (date(2026, 12, 8),)
    assert words.read("12/8", "vi", sunday).days == (date(2027, 8, 12),)


def test_a_time_alone_narrows_to_the_offered_times_at_that_hour(week, resident):
    _at_the_times(resident)
    resident.say("14時がいい")
    assert _times(resident) == ["12/8(火) 14:00", "12/10(木) 14:00"]


def test_words_that_may_mean_two_days_show_the_one_free_time_rather_than_take_it(week, resident):
    _at_the_times(resident)
    resident.say("来週の月曜日")  # on a Sunday: tomorrow, or the Monday after
    assert _times(resident) == ["12/7(月) 10:00"] and "どこへ" not in resident.texts()
